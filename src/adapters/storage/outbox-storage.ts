import type { Evidence } from '../../features/liveness/model/evidence';
import type { SubmissionReceipt } from '../../features/submission/model/certification-backend';
import type { OutboxEntry } from '../../features/submission/model/outbox';

/** Where submissions wait on this device. Evidence (face data) is kept apart and removed early. */
export interface OutboxStorage {
  /** Saves a new entry and its evidence together: either both are stored or neither. */
  add(entry: OutboxEntry, evidence: Evidence): Promise<void>;
  /**
   * Replaces an entry's record (never its evidence) if it is still stored; an entry removed
   * meanwhile stays removed (a late status check must not bring a forgotten person back).
   * Resolves whether it was stored.
   */
  update(entry: OutboxEntry): Promise<boolean>;
  get(id: string): Promise<OutboxEntry | undefined>;
  list(): Promise<OutboxEntry[]>;
  getEvidence(id: string): Promise<Evidence | undefined>;
  /** The server has it: store the receipt and delete the face data in one step. */
  markReceived(id: string, receipt: SubmissionReceipt, receivedAt: string): Promise<OutboxEntry | undefined>;
  /** Deletes the face data only (a refused submission keeps its record so the person learns why). */
  deleteEvidence(id: string): Promise<void>;
  /** Deletes the entry and its evidence. */
  remove(id: string): Promise<void>;
  /** Deletes everything (kiosk 下一位, or the person clearing this device). */
  clear(): Promise<void>;
}
