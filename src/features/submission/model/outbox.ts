import type { SubmissionReceipt, SubmissionStatus } from '../../../adapters/backend/certification-backend';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';

export function hasReceipt(entry: OutboxEntry): entry is OutboxEntry & { receipt: SubmissionReceipt } {
  return entry.receipt !== undefined;
}

/** Newest first: the person's latest submission is the one they look for. */
export function sortEntries(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** What the person should see about one entry, as a single code the UI maps to words. */
export type EntryDisplay =
  | 'saved-offline' // 已保存，联网后自动提交
  | 'uploading'
  | 'failed'
  | SubmissionStatus['state'];

export function entryDisplay(entry: OutboxEntry): EntryDisplay {
  if (entry.phase === 'failed') return 'failed';
  if (entry.phase === 'uploading') return 'uploading';
  if (entry.phase === 'waiting') return 'saved-offline';
  return entry.status?.state ?? 'received';
}

/** The words (submission namespace) that name each state: the same wherever a state is shown. */
export const entryStateKeys = {
  'saved-offline': 'state.savedOffline',
  uploading: 'state.uploading',
  received: 'state.received',
  'in-review': 'state.inReview',
  approved: 'state.approved',
  rejected: 'state.rejected',
  'redo-requested': 'state.redoRequested',
  failed: 'state.failed',
} as const satisfies Record<EntryDisplay, string>;
