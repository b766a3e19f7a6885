import { create } from 'zustand';
import type { Evidence } from '../../adapters/backend/evidence';
import type { CertificationSession, SubmissionReceipt } from '../../adapters/backend/certification-backend';

/**
 * The person at the kiosk right now. In memory only (never persisted), and reset by 下一位 or
 * the idle timer.
 */
export type KioskPerson = { name: string; idNumber: string };

export type KioskReceipt = SubmissionReceipt & { shortCode?: string; submittedAt: string };

export type KioskStep =
  | { kind: 'start' }
  | { kind: 'person' }
  | { kind: 'face'; person: KioskPerson; session: CertificationSession }
  | { kind: 'submit'; person: KioskPerson; session: CertificationSession; evidence: Evidence }
  | { kind: 'receipt'; person: KioskPerson; receipt: KioskReceipt };

type KioskPersonState = {
  step: KioskStep;
  go: (step: KioskStep) => void;
  /** The visible back button: one step back, never past what staff typed. */
  back: () => void;
  reset: () => void;
};

export const useKioskPersonStore = create<KioskPersonState>()((set) => ({
  step: { kind: 'start' },
  go: (step) => set({ step }),
  back: () =>
    set((s) => {
      switch (s.step.kind) {
        case 'person':
          return { step: { kind: 'start' } };
        case 'face':
        case 'submit':
          return { step: { kind: 'person' } };
        default:
          return {};
      }
    }),
  reset: () => set({ step: { kind: 'start' } }),
}));
