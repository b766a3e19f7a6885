import { describe, expect, it } from 'vitest';
import { defaultNextDueDate } from '../../../../src/features/submission/model/next-due-date';
import { entryDisplay, sortEntries, type OutboxEntry } from '../../../../src/features/submission/model/outbox';
import { aSession } from '../support/evidence';

const base: OutboxEntry = {
  id: 'a',
  createdAt: '2026-01-15T08:00:00.000Z',
  personName: '张桂兰',
  idNumberMasked: '1101**********002X',
  backendKind: 'http',
  session: aSession(),
  phase: 'waiting',
  upload: {},
  attempts: 0,
};

describe('outbox model', () => {
  it('says what each entry means for the person', () => {
    expect(entryDisplay(base)).toBe('saved-offline');
    expect(entryDisplay({ ...base, phase: 'uploading' })).toBe('uploading');
    expect(entryDisplay({ ...base, phase: 'failed' })).toBe('failed');
    expect(entryDisplay({ ...base, phase: 'submitted' })).toBe('received');
    expect(entryDisplay({ ...base, phase: 'submitted', status: { state: 'in-review' } })).toBe('in-review');
  });

  it('lists the newest first', () => {
    const older = { ...base, id: 'old', createdAt: '2025-01-01T00:00:00.000Z' };
    expect(sortEntries([older, base]).map((e) => e.id)).toEqual(['a', 'old']);
  });

  it('puts the next certification 12 months after the approval, 29 February included', () => {
    expect(defaultNextDueDate('2026-01-15T08:00:00.000Z')).toBe('2027-01-15');
    expect(defaultNextDueDate('2028-02-29T08:00:00.000Z')).toBe('2029-02-28');
  });
});
