import type { StatusLookupRequest, StatusResponse } from '../../../contract/certification-api';
import { isReceiptCode, normalizeReceiptCode } from '../../../contract/receipt-code';
import { constantTimeEqual, newToken, sha256 } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import type { StatusTokenScope, SubmissionRecord } from '../storage/submissions-repository';

export type StatusService = {
  /** The status a token may read; 404 for an unknown token or a withdrawn submission. */
  read(statusToken: string): Promise<{ status: StatusResponse; pending: boolean }>;
  /**
   * A receipt's short code and the ID number's last 4 → a new, read-only status token. Every wrong
   * ending counts against the code in the database; at config.lookupMaxWrongTries it is locked for good.
   */
  lookup(request: StatusLookupRequest): Promise<{ statusToken: string }>;
  /**
   * The person withdraws with the token their device received (not a look-up's), while no decision
   * exists: the evidence and the personal details are deleted.
   */
  withdraw(statusToken: string): Promise<void>;
};

export function toStatusResponse(submission: SubmissionRecord): StatusResponse {
  const state = submission.state === 'withdrawn' ? 'received' : submission.state;
  const response: StatusResponse = { submissionId: submission.id, state };
  if (submission.reasonCode) response.reasonCode = submission.reasonCode;
  if (submission.reasonText) response.reasonText = submission.reasonText;
  if (submission.decidedAt) response.decidedAt = submission.decidedAt;
  if (submission.nextDueDate) response.nextDueDate = submission.nextDueDate;
  return response;
}

const notFound = () => new HttpError(404, 'invalid-status-token', 'No submission for this status token.');
const wrongCode = () => new HttpError(404, 'invalid-short-code', 'No submission with this code and ID number ending.');

export function createStatusService(context: Pick<ServerContext, 'config' | 'repository' | 'evidence' | 'now' | 'random' | 'log'>): StatusService {
  const { config, repository, evidence, now, random } = context;

  async function tokenFor(statusToken: string): Promise<{ submission: SubmissionRecord; scope: StatusTokenScope }> {
    const found = await repository.findStatusToken(sha256(statusToken));
    if (!found || found.submission.state === 'withdrawn') throw notFound();
    return found;
  }

  return {
    async read(statusToken) {
      const status = toStatusResponse((await tokenFor(statusToken)).submission);
      return { status, pending: status.state === 'received' || status.state === 'in-review' };
    },

    async lookup(request) {
      const code = normalizeReceiptCode(request.shortCode);
      if (!isReceiptCode(code)) throw wrongCode();
      const attempt = await repository.beginLookupAttempt(code, config.lookupMaxWrongTries);
      if (attempt.outcome === 'unknown') throw wrongCode();
      if (attempt.outcome === 'locked') {
        throw new HttpError(423, 'short-code-locked', 'This code was locked after too many wrong tries. Use the link or QR code on the receipt, or ask the people who helped you submit.');
      }
      const { submission } = attempt;
      if (!constantTimeEqual(submission.idNumber.slice(-4), request.idNumberLast4.toUpperCase()) || submission.idNumber === '') throw wrongCode();
      await repository.forgiveLookupAttempt(submission.id);
      const statusToken = newToken(random);
      await repository.addStatusToken(submission.id, sha256(statusToken), now().toISOString(), 'read');
      return { statusToken };
    },

    async withdraw(statusToken) {
      const { submission, scope } = await tokenFor(statusToken);
      if (scope !== 'owner') {
        throw new HttpError(403, 'read-only-token', 'This link shows the status only. Withdraw on the phone or tablet that sent the submission.');
      }
      const at = now().toISOString();
      const outcome = await repository.withdraw(submission.id, at, {
        at,
        actor: 'person',
        action: 'withdraw',
        submissionId: submission.id,
        detail: 'Withdrawn by the person; evidence and personal details deleted.',
      });
      if (outcome === 'not-found') throw notFound();
      if (outcome === 'already-decided') {
        throw new HttpError(409, 'already-decided', 'A decision has been made on this submission, so it can no longer be withdrawn. Call 12333 if something is wrong.');
      }
      // After the state change, so evidence behind a decision is never deleted; if this fails the
      // retention sweep deletes it (withdrawn submissions are always due).
      await evidence.deletePrefix(submission.id);
      await repository.markEvidenceDeleted(submission.id, at);
      context.log.info({ submissionId: submission.id }, 'submission withdrawn');
    },
  };
}
