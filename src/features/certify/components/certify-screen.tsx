import { useCallback } from 'react';
import { recordOwnApproval } from '../../due-date';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { CertifyFlow } from './certify-flow';

/** /certify: the phone's owner certifies themselves. */
export function CertifyScreen() {
  const onApproved = useCallback((entry: OutboxEntry) => {
    if (entry.status?.state === 'approved') recordOwnApproval(entry.status.decidedAt);
  }, []);
  return <CertifyFlow exitTo="/" onApproved={onApproved} />;
}
