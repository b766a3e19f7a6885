import type {
  AuditEntry,
  DecisionRequest,
  DecisionResponse,
  QueueItem,
  ReviewReason,
  Reviewer,
  SubmissionDetails,
} from '../../../contract/review-api';
import type { SubmissionState } from '../../../contract/certification-api';

/**
 * What the console needs from the reference server's review API. Components talk to this
 * interface only, so tests pass a fake and a deployment could put another backend behind it.
 */
export interface ReviewApi {
  /** The signed-in reviewer, or null when nobody is signed in (no cookie or an expired one). */
  me(signal?: AbortSignal): Promise<Reviewer | null>;
  login(username: string, password: string): Promise<Reviewer>;
  logout(): Promise<void>;
  queue(states: readonly SubmissionState[], signal?: AbortSignal): Promise<QueueItem[]>;
  submission(id: string, signal?: AbortSignal): Promise<SubmissionDetails>;
  reasons(signal?: AbortSignal): Promise<ReviewReason[]>;
  decide(id: string, request: DecisionRequest): Promise<DecisionResponse>;
  audit(signal?: AbortSignal): Promise<AuditEntry[]>;
  /** Same-origin URLs the browser loads with the session cookie (img / video elements). */
  photoUrl(id: string): string;
  videoUrl(id: string): string;
}

/**
 * `code` is the server's kebab-case code for 4xx answers, or one of ours:
 * `network` (no answer), `server-error` (5xx), `invalid-response` (an answer we cannot read).
 */
export class ReviewApiError extends Error {
  readonly code: string;
  readonly status: number | null;

  constructor(code: string, message: string, status: number | null) {
    super(message);
    this.name = 'ReviewApiError';
    this.code = code;
    this.status = status;
  }
}

export function isReviewApiError(error: unknown): error is ReviewApiError {
  return error instanceof ReviewApiError;
}
