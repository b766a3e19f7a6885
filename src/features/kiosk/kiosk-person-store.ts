import { create } from 'zustand';
import type { Evidence } from '../liveness/model/evidence';
import type { CertificationSession, SubmissionReceipt } from '../submission/model/certification-backend';

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
  | { kind: 'submit'; person: KioskPerson; session: CertificationSession; evidence: Evidence; recordId: string }
  | { kind: 'receipt'; person: KioskPerson; receipt: KioskReceipt };

type KioskPersonState = {
  step: KioskStep;
  /** Bytes sent of the current upload, for the progress bar. */
  progress: { sent: number; total: number } | null;
  /** Uploads started by this kiosk and not yet confirmed by the server. */
  uploadsInFlight: number;
  go: (step: KioskStep) => void;
  setProgress: (progress: { sent: number; total: number } | null) => void;
  uploadStarted: () => void;
  uploadSettled: () => void;
  reset: () => void;
};

export const useKioskPersonStore = create<KioskPersonState>()((set) => ({
  step: { kind: 'start' },
  progress: null,
  uploadsInFlight: 0,
  go: (step) => set({ step }),
  setProgress: (progress) => set({ progress }),
  uploadStarted: () => set((s) => ({ uploadsInFlight: s.uploadsInFlight + 1 })),
  uploadSettled: () => set((s) => ({ uploadsInFlight: Math.max(0, s.uploadsInFlight - 1) })),
  // The in-flight count survives: those uploads are still running in the background.
  reset: () => set({ step: { kind: 'start' }, progress: null }),
}));
