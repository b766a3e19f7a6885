import { describe, expect, it } from 'vitest';
import { isKioskRecord, summarizeDay, type KioskRecord } from '../../../../src/features/kiosk/model/kiosk-day';

describe('kiosk day summary', () => {
  const records: KioskRecord[] = [
    { id: 'a', day: '2026-11-26', state: 'approved' },
    { id: 'b', day: '2026-11-27', state: 'uploading' },
    { id: 'c', day: '2026-11-27', state: 'received', statusToken: 't' },
    { id: 'd', day: '2026-11-27', state: 'received', statusToken: 't2' },
    { id: 'e', day: '2026-11-27', state: 'rejected', statusToken: 't3' },
  ];

  it('counts only today, per state', () => {
    const summary = summarizeDay(records, '2026-11-27');
    expect(summary.total).toBe(4);
    expect(summary.byState).toEqual({ uploading: 1, received: 2, 'in-review': 0, approved: 0, rejected: 1, 'redo-requested': 0 });
  });

  it('validates stored records', () => {
    expect(isKioskRecord(records[2])).toBe(true);
    expect(isKioskRecord({ id: 'x', day: '2026-11-27', state: 'lost' })).toBe(false);
    expect(isKioskRecord({ id: 'x', day: '2026-11-27', state: 'received', statusToken: 5 })).toBe(false);
  });
});
