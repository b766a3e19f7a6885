import { describe, expect, it } from 'vitest';
import { approvalDay, chinaCalendarDateOf, nextDueDateAfterApproval } from '../../contract/due-date';

describe('nextDueDateAfterApproval', () => {
  it('is 12 months after the day of the approval', () => {
    expect(nextDueDateAfterApproval('2026-01-15T08:00:00.000Z')).toBe('2027-01-15');
    expect(nextDueDateAfterApproval(new Date('2026-07-31T03:00:00.000Z'))).toBe('2027-07-31');
  });

  it('turns 29 February into 28 February of the next year, not 1 March', () => {
    expect(nextDueDateAfterApproval('2028-02-29T08:00:00.000Z')).toBe('2029-02-28');
    expect(nextDueDateAfterApproval('2024-02-29T01:00:00.000Z')).toBe('2025-02-28');
  });

  it("counts the agency's day in China (UTC+8): a late-evening UTC approval is the next day there", () => {
    expect(chinaCalendarDateOf(new Date('2025-12-31T15:59:59.000Z'))).toBe('2025-12-31');
    expect(chinaCalendarDateOf(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(nextDueDateAfterApproval('2024-02-28T16:30:00.000Z')).toBe('2025-02-28'); // 29 Feb in Beijing
  });

  it('gives nothing for a date it cannot read', () => {
    expect(approvalDay('not a date')).toBeNull();
    expect(nextDueDateAfterApproval('')).toBeNull();
  });
});
