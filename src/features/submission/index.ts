/**
 * Submitting and following a certification, as a library for other features (certify, kiosk,
 * family, status): the only file they may import from submission/ (docs/structure.md; lint holds
 * it). The backend and outbox themselves are built lazily by the composition root.
 */
export { DemoBanner } from './components/demo-banner';
export { OutboxEntryCard } from './components/outbox-entry-card';
export { entryStateIcons, SubmissionStatusCard } from './components/submission-status-card';
export type { OutboxSync } from './effects/outbox-sync';
export { pollStatus, type StatusPoller } from './effects/poll-status';
export { useCertification, useOutboxSnapshot } from './hooks/use-certification';
export { entryDisplay, entryStateKeys, type EntryDisplay } from './model/outbox';
export type { RetryPolicy } from './model/retry-policy';
