import { useEffect, useRef } from 'react';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { OutboxEntryCard, useCertification, useOutboxSnapshot } from '../../submission';

/** The saved submission, live from the outbox: 已保存… → 正在提交 → 已提交 → 审核中 → result. */
export function SentEntry({
  entryId,
  onCertifyAgain,
  onApproved,
}: {
  entryId: string;
  onCertifyAgain?: () => void;
  onApproved?: (entry: OutboxEntry) => void;
}) {
  const { outbox } = useCertification();
  const snapshot = useOutboxSnapshot();
  const entry = snapshot.entries.find((e) => e.id === entryId);
  // A pretend approval by the demo backend is no certification: it sets no next due date.
  const approvedAt = entry?.status?.state === 'approved' && entry.backendKind !== 'demo' ? entry.status.decidedAt : undefined;
  const reported = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!entry || !approvedAt || reported.current === approvedAt) return;
    reported.current = approvedAt;
    onApproved?.(entry);
  }, [entry, approvedAt, onApproved]);
  if (!entry) return null;
  return (
    <OutboxEntryCard
      entry={entry}
      progress={snapshot.progress[entry.id]}
      outbox={outbox}
      certifyHref="/certify"
      onCertifyAgain={onCertifyAgain}
      allowForget={false}
    />
  );
}
