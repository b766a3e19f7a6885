import { isBackendError, isTransientFailure } from '../../../adapters/backend/backend-error';
import {
  isFinalStatus,
  type CertificationBackend,
  type SubmissionStatus,
} from '../../../adapters/backend/certification-backend';
import { nextRetryDelayMs, statusPollPolicy, type RetryPolicy } from '../model/retry-policy';
import type { Timers } from '../../../shared/timers';

export type StatusPollDeps = {
  backend: Pick<CertificationBackend, 'getStatus'>;
  statusToken: string;
  timers: Timers;
  random: () => number;
  policy?: RetryPolicy;
  /** The last known status and its ETag (persisted), so a reopened app asks "changed since?". */
  initial?: { status?: SubmissionStatus; etag?: string };
  onStatus(status: SubmissionStatus, etag: string | undefined): void;
  /** A refusal that will not change by asking again (withdrawn, forged or unknown token). */
  onFatalError?(code: string): void;
  /** Each poll's outcome, for "last checked at" and offline hints. */
  onPoll?(outcome: 'changed' | 'unchanged' | 'error'): void;
};

export type StatusPoller = { stop(): void; pollNow(): void };

function sameStatus(a: SubmissionStatus | undefined, b: SubmissionStatus): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Polls one submission's status until it is final. Backs off while nothing changes (exponential,
 * jittered), goes brisk again after a change, honours Retry-After, and sends the last ETag so an
 * unchanged status costs a 304 with no body.
 */
export function pollStatus(deps: StatusPollDeps): StatusPoller {
  const policy = deps.policy ?? statusPollPolicy;
  let status = deps.initial?.status;
  let etag = deps.initial?.etag;
  let quietPolls = 0;
  let timer: unknown;
  let stopped = false;
  let inFlight: AbortController | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = deps.timers.setTimeout(() => void poll(), delayMs);
  };

  const poll = async () => {
    if (stopped || inFlight) return;
    deps.timers.clearTimeout(timer);
    const controller = new AbortController();
    inFlight = controller;
    let retryAfterMs: number | undefined;
    try {
      const result = await deps.backend.getStatus({ statusToken: deps.statusToken }, { etag, signal: controller.signal });
      if (stopped) return;
      retryAfterMs = result.retryAfterMs;
      if (result.notModified || sameStatus(status, result.status)) {
        quietPolls += 1;
        deps.onPoll?.('unchanged');
      } else {
        status = result.status;
        etag = result.etag;
        quietPolls = 0;
        deps.onStatus(result.status, result.etag);
        deps.onPoll?.('changed');
      }
    } catch (error) {
      if (stopped) return;
      deps.onPoll?.('error');
      if (!isTransientFailure(error)) {
        stopped = true;
        deps.onFatalError?.(isBackendError(error) ? (error.serverCode ?? error.code) : 'unknown');
        return;
      }
      quietPolls += 1;
      retryAfterMs = isBackendError(error) ? error.retryAfterMs : undefined;
    } finally {
      if (inFlight === controller) inFlight = undefined;
    }
    if (status && isFinalStatus(status)) {
      stopped = true;
      return;
    }
    schedule(nextRetryDelayMs(quietPolls, policy, deps.random, retryAfterMs));
  };

  if (deps.initial?.status && isFinalStatus(deps.initial.status)) {
    stopped = true;
  } else {
    void poll();
  }

  return {
    stop() {
      stopped = true;
      deps.timers.clearTimeout(timer);
      inFlight?.abort();
    },
    pollNow() {
      if (!stopped) void poll();
    },
  };
}
