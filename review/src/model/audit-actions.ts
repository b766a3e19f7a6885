/** Audit actions the server writes (server/src/review/review-routes.ts) that the console has words for. */
export const knownAuditActions = [
  'decision',
  'login',
  'login-failed',
  'logout',
  'open',
  'view-photo',
  'view-video',
  'reviewer-added',
  'withdraw',
  'auto-approve',
  'evidence-deleted',
] as const;
export type KnownAuditAction = (typeof knownAuditActions)[number];

export type AuditActionParts =
  | { kind: 'known'; action: KnownAuditAction; decision?: 'approve' | 'reject' | 'redo' }
  | { kind: 'unknown'; raw: string };

/** "decision:reject" → the decision action with its outcome; anything unknown is shown as written. */
export function parseAuditAction(raw: string): AuditActionParts {
  const [head = '', tail] = raw.split(':', 2);
  if (!(knownAuditActions as readonly string[]).includes(head)) return { kind: 'unknown', raw };
  const action = head as KnownAuditAction;
  if (action === 'decision' && (tail === 'approve' || tail === 'reject' || tail === 'redo')) {
    return { kind: 'known', action, decision: tail };
  }
  return { kind: 'known', action };
}
