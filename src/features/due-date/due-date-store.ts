import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isCalendarDate, type CalendarDate } from '../../../contract/calendar-date';
import { approvalDay } from '../../../contract/due-date';
import { isBenefitType, type BenefitType } from './model/benefit-type';

/** The device owner's own last certification: enough to remind them, nothing more. */
export type OwnDueRecord = {
  lastCertifiedOn: CalendarDate;
  provinceCode: string | null;
  benefitType: BenefitType | null;
  source: 'entered' | 'approved-in-app';
};

type DueDateState = {
  own: OwnDueRecord | null;
  setOwn: (record: OwnDueRecord) => void;
  clearOwn: () => void;
};

function parseOwn(value: unknown): OwnDueRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (!isCalendarDate(record.lastCertifiedOn)) return null;
  return {
    lastCertifiedOn: record.lastCertifiedOn,
    provinceCode: typeof record.provinceCode === 'string' ? record.provinceCode : null,
    benefitType: isBenefitType(record.benefitType) ? record.benefitType : null,
    source: record.source === 'approved-in-app' ? 'approved-in-app' : 'entered',
  };
}

export const dueDateStorageKey = 'due-date';

export const useDueDateStore = create<DueDateState>()(
  persist(
    (set) => ({
      own: null,
      setOwn: (record) => set({ own: record }),
      clearOwn: () => set({ own: null }),
    }),
    {
      name: dueDateStorageKey,
      version: 1,
      partialize: ({ own }) => ({ own }),
      merge: (persisted, current) => ({ ...current, own: parseOwn((persisted as { own?: unknown } | undefined)?.own) }),
    },
  ),
);

/**
 * For the submission flow: when the person's OWN certification is approved in this app, the next
 * due date follows from that day. (Not for kiosk or family submissions: those are someone else's.)
 */
export function recordOwnApproval(decidedAt: string): void {
  // The agency's day of the approval, as the server counts it (contract/due-date.ts).
  const day = approvalDay(decidedAt);
  if (day === null) return;
  const previous = useDueDateStore.getState().own;
  useDueDateStore.getState().setOwn({
    lastCertifiedOn: day,
    provinceCode: previous?.provinceCode ?? null,
    benefitType: previous?.benefitType ?? null,
    source: 'approved-in-app',
  });
}
