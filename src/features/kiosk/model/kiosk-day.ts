/**
 * Today's work on this kiosk, for the staff's count. Each record names nobody: no name, no ID
 * number, no short code; the status token is kept until the day ends only so the count can show
 * what the agency decided.
 */
export const kioskRecordStates = ['uploading', 'received', 'in-review', 'approved', 'rejected', 'redo-requested'] as const;
export type KioskRecordState = (typeof kioskRecordStates)[number];

export type KioskRecord = {
  /** Local id of the submission on this device (the outbox entry's id). */
  id: string;
  day: string; // YYYY-MM-DD, local
  state: KioskRecordState;
  statusToken?: string;
};

export type KioskDaySummary = { total: number; byState: Record<KioskRecordState, number> };

export function onlyToday(records: readonly KioskRecord[], today: string): KioskRecord[] {
  return records.filter((record) => record.day === today);
}

export function summarizeDay(records: readonly KioskRecord[], today: string): KioskDaySummary {
  const byState = Object.fromEntries(kioskRecordStates.map((state) => [state, 0])) as Record<KioskRecordState, number>;
  const todays = onlyToday(records, today);
  for (const record of todays) byState[record.state] += 1;
  return { total: todays.length, byState };
}

export function isFinalState(state: KioskRecordState): boolean {
  return state === 'approved' || state === 'rejected' || state === 'redo-requested';
}

export function isKioskRecord(value: unknown): value is KioskRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.id === 'string' &&
    typeof record.day === 'string' &&
    typeof record.state === 'string' &&
    (kioskRecordStates as readonly string[]).includes(record.state) &&
    (record.statusToken === undefined || typeof record.statusToken === 'string')
  );
}
