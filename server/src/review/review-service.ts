import type { Readable } from 'node:stream';
import { summarize } from '../certification/prechecks';
import { nextDueDateAfterApproval } from '../../../contract/due-date';
import { canDecide, stateAfterDecision } from '../certification/review-status';
import { maskIdNumber } from '../../../contract/id-number';
import { evidenceMetadataSchema, type PhoneCheck } from '../../../contract/certification-api';
import type { AuditEntry, DecisionRequest, DecisionResponse, QueueItem, ReviewReason, SubmissionDetails } from '../../../contract/review-api';
import { newToken, sha256 } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import type { StoredState, SubmissionRecord } from '../storage/submissions-repository';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { reviewReasons } from './review-reasons';

export type EvidencePart = 'photo' | 'video';

/** A piece of evidence ready to stream: the route turns a Range header into `open(range)`. */
export type EvidenceToServe = { size: number; mimeType: string; open: (range?: { start: number; end: number }) => Promise<Readable | null> };

export type ReviewService = {
  /** Checks the password (time spent alike for unknown users); a new session token on success. */
  signIn(username: string, password: string): Promise<{ username: string; sessionToken: string }>;
  signOut(sessionToken: string): Promise<void>;
  /** The signed-in reviewer, or 401. */
  reviewerFor(sessionToken: string | undefined): Promise<string>;
  reasons(): readonly ReviewReason[];
  queue(states: StoredState[], limit: number): Promise<QueueItem[]>;
  /** Opening a received submission moves it to in-review (audited). */
  open(reviewer: string, submissionId: string): Promise<SubmissionDetails>;
  /** Each view is audited: who looked at whose face, when (PIPL processing records). */
  evidence(reviewer: string, submissionId: string, part: EvidencePart): Promise<EvidenceToServe>;
  decide(reviewer: string, submissionId: string, request: DecisionRequest): Promise<DecisionResponse>;
  audit(limit: number, submissionId?: string): Promise<AuditEntry[]>;
};

function maskPhone(phone: string): string {
  return phone.length <= 4 ? '*'.repeat(phone.length) : `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
}

function toQueueItem(submission: SubmissionRecord): QueueItem {
  return {
    id: submission.id,
    receivedAt: submission.receivedAt,
    state: submission.state === 'withdrawn' ? 'received' : submission.state,
    name: submission.name,
    idNumberMasked: maskIdNumber(submission.idNumber),
    precheck: summarize(submission.precheckResults),
    route: submission.route,
    tier: submission.tier,
  };
}

/** Whether the phone checked a recorded video, from the metadata as the app sent it (absent: it did). */
function phoneCheckOf(metadata: unknown): PhoneCheck {
  const parsed = evidenceMetadataSchema.safeParse(metadata);
  return parsed.success ? (parsed.data.recording?.phoneCheck ?? 'passed') : 'passed';
}

function toDetails(submission: SubmissionRecord): SubmissionDetails {
  let metadata: unknown = {};
  try {
    metadata = JSON.parse(submission.metadata);
  } catch {
    metadata = {};
  }
  const details: SubmissionDetails = {
    ...toQueueItem(submission),
    challenges: submission.challenges,
    precheckResults: submission.precheckResults,
    metadata,
    photo: { bytes: submission.photoBytes, mimeType: submission.photoMime },
    video: { bytes: submission.videoBytes, mimeType: submission.videoMime, durationMs: submission.videoDurationMs },
    evidenceAvailable: submission.evidenceDeletedAt === null,
  };
  if (submission.phone) details.phoneMasked = maskPhone(submission.phone);
  if (submission.spokenCode) details.spokenCode = submission.spokenCode;
  if (submission.route === 'recorded') details.phoneCheck = phoneCheckOf(metadata);
  if (submission.decision && submission.decidedAt && submission.decidedBy) {
    details.decision = { decision: submission.decision, decidedAt: submission.decidedAt, decidedBy: submission.decidedBy };
    if (submission.reasonCode) details.decision.reasonCode = submission.reasonCode;
    if (submission.reasonText) details.decision.reasonText = submission.reasonText;
  }
  return details;
}

export function createReviewService(context: Pick<ServerContext, 'config' | 'repository' | 'accounts' | 'evidence' | 'now' | 'random'>): ReviewService {
  const { config, repository, accounts, evidence, now, random } = context;

  async function findForReview(id: string): Promise<SubmissionRecord> {
    if (!/^[a-f0-9]{32}$/.test(id)) throw new HttpError(404, 'submission-not-found', 'No such submission.');
    const submission = await repository.findSubmission(id);
    if (!submission || submission.state === 'withdrawn') throw new HttpError(404, 'submission-not-found', 'No such submission.');
    return submission;
  }

  return {
    async signIn(username, password) {
      const reviewer = await accounts.findReviewer(username);
      const ok = await verifyPassword(password, reviewer?.passwordHash ?? dummyPasswordHash);
      const at = now();
      if (!reviewer || !ok) {
        await repository.appendAudit({ at: at.toISOString(), actor: 'anonymous', action: 'login-failed', submissionId: null, detail: 'Wrong username or password.' });
        throw new HttpError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      const sessionToken = newToken(random, 32);
      const expiresAt = new Date(at.getTime() + config.reviewSessionTtlMs);
      await accounts.createReviewSession(sha256(sessionToken), reviewer.username, at.toISOString(), expiresAt.toISOString());
      await repository.appendAudit({ at: at.toISOString(), actor: reviewer.username, action: 'login', submissionId: null, detail: '' });
      return { username: reviewer.username, sessionToken };
    },

    async signOut(sessionToken) {
      await accounts.deleteReviewSession(sha256(sessionToken));
    },

    async reviewerFor(sessionToken) {
      const username = sessionToken ? await accounts.findReviewSession(sha256(sessionToken), now().toISOString()) : null;
      if (!username) throw new HttpError(401, 'not-signed-in', 'Sign in first.');
      return username;
    },

    reasons: () => reviewReasons,

    async queue(states, limit) {
      return (await repository.listSubmissions(states, limit)).map(toQueueItem);
    },

    async open(reviewer, submissionId) {
      let submission = await findForReview(submissionId);
      if (submission.state === 'received') {
        const at = now().toISOString();
        if (await repository.markInReview(submission.id, at)) {
          await repository.appendAudit({ at, actor: reviewer, action: 'open', submissionId: submission.id, detail: 'received → in-review' });
          submission = await findForReview(submission.id);
        }
      }
      return toDetails(submission);
    },

    async evidence(reviewer, submissionId, part) {
      const submission = await findForReview(submissionId);
      const key = part === 'photo' ? submission.photoKey : submission.videoKey;
      const size = submission.evidenceDeletedAt === null ? await evidence.size(key) : null;
      if (size === null) throw new HttpError(404, 'evidence-not-found', 'The evidence was deleted (withdrawn or past its retention time).');
      await repository.appendAudit({ at: now().toISOString(), actor: reviewer, action: `view-${part}`, submissionId: submission.id, detail: '' });
      return { size, mimeType: part === 'photo' ? submission.photoMime : submission.videoMime, open: (range) => evidence.open(key, range) };
    },

    async decide(reviewer, submissionId, request) {
      const { decision } = request;
      const reasonText = request.reasonText?.trim() || null;
      const reasonCode = request.reasonCode ?? null;
      const submission = await findForReview(submissionId);
      if (decision !== 'approve') {
        if (!reasonCode) throw new HttpError(400, 'reason-required', 'Reject and redo need a reason code from /api/review/reasons.');
        const reason = reviewReasons.find((candidate) => candidate.code === reasonCode);
        if (!reason || !reason.appliesTo.includes(decision)) throw new HttpError(400, 'unknown-reason', `Reason "${reasonCode}" cannot be used to ${decision}.`);
        if (reasonCode === 'other' && !reasonText) throw new HttpError(400, 'reason-required', 'Reason "other" needs a short note.');
      }
      if (!canDecide(submission.state)) throw new HttpError(409, 'already-decided', 'This submission was already decided.');
      const decidedAt = now();
      const state = stateAfterDecision(decision);
      // Conditional in the database: of two reviewers (or a reviewer and a withdrawal) racing, one wins.
      const decided = await repository.decide(
        {
          id: submission.id,
          state,
          decision,
          reasonCode: decision === 'approve' ? null : reasonCode,
          reasonText: decision === 'approve' ? null : reasonText,
          decidedAt: decidedAt.toISOString(),
          decidedBy: reviewer,
          nextDueDate: decision === 'approve' ? nextDueDateAfterApproval(decidedAt) : null,
        },
        {
          at: decidedAt.toISOString(),
          actor: reviewer,
          action: `decision:${decision}`,
          submissionId: submission.id,
          detail: decision === 'approve' ? '' : `${reasonCode ?? ''}${reasonText ? `: ${reasonText}` : ''}`,
        },
      );
      if (!decided) throw new HttpError(409, 'already-decided', 'This submission was already decided.');
      return { id: submission.id, state, decidedAt: decidedAt.toISOString() };
    },

    audit: (limit, submissionId) => repository.listAudit(limit, submissionId),
  };
}
