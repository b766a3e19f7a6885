import { describe, expect, it } from 'vitest';
import { entryDisplay, sortEntries } from '../../../../src/features/submission/model/outbox';
import type { OutboxEntry } from '../../../../src/adapters/storage/outbox-storage';
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
});
