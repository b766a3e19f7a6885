import type { StatusLookupRequest, StatusResponse } from '../../../contract/certification-api';
import { constantTimeEqual, newToken, normalizeShortCode, sha256 } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import type { SubmissionRecord } from '../storage/submissions-repository';

export type StatusService = {
  /** The status a token may read; 404 for an unknown token or a withdrawn submission. */
  read(statusToken: string): Promise<{ status: StatusResponse; pending: boolean }>;
  /** A kiosk receipt's short code and the ID number's last 4 → a new status token for that submission. */
  lookup(request: StatusLookupRequest): Promise<{ statusToken: string }>;
  /** The person withdraws: evidence and personal details are deleted. */
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

export function createStatusService(context: Pick<ServerContext, 'repository' | 'evidence' | 'now' | 'random' | 'log'>): StatusService {
  const { repository, evidence, now, random } = context;

  async function submissionFor(statusToken: string): Promise<SubmissionRecord> {
    const submission = await repository.findSubmissionByStatusTokenHash(sha256(statusToken));
    if (!submission || submission.state === 'withdrawn') throw new HttpError(404, 'invalid-status-token', 'No submission for this status token.');
    return submission;
  }

  return {
    async read(statusToken) {
      const status = toStatusResponse(await submissionFor(statusToken));
      return { status, pending: status.state === 'received' || status.state === 'in-review' };
    },

    async lookup(request) {
      const submission = await repository.findSubmissionByShortCode(normalizeShortCode(request.shortCode));
      const matches = submission !== null && submission.state !== 'withdrawn' && constantTimeEqual(submission.idNumber.slice(-4), request.idNumberLast4.toUpperCase());
      if (!submission || !matches) throw new HttpError(404, 'invalid-short-code', 'No submission with this code and ID number ending.');
      const statusToken = newToken(random);
      await repository.addStatusToken(submission.id, sha256(statusToken), now().toISOString());
      return { statusToken };
    },

    async withdraw(statusToken) {
      const submission = await submissionFor(statusToken);
      await evidence.deletePrefix(submission.id);
      const at = now().toISOString();
      await repository.withdraw(submission.id, at, { at, actor: 'person', action: 'withdraw', submissionId: submission.id, detail: 'Withdrawn by the person; evidence and personal details deleted.' });
      context.log.info({ submissionId: submission.id }, 'submission withdrawn');
    },
  };
}
