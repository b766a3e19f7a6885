import { describe, expect, it } from 'vitest';
import { evidenceRefusalCodes } from '../../../contract/api-errors';
import { BackendError, isEvidenceRefusal, isTransientFailure } from '../../../src/adapters/backend/backend-error';

describe('which failures are worth another try', () => {
  it.each(evidenceRefusalCodes)('finding 1: %s says the evidence itself is bad: never retried', (serverCode) => {
    const status = serverCode === 'wrong-file-type' ? 415 : serverCode === 'upload-too-large' ? 413 : 422;
    const error = new BackendError('http-4xx', 'refused', { status, serverCode });
    expect(isEvidenceRefusal(error)).toBe(true);
    expect(isTransientFailure(error)).toBe(false);
  });

  it('no network, a server failure, a busy server and "too many requests" are retried; they are not evidence refusals', () => {
    for (const error of [
      new BackendError('network', 'offline'),
      new BackendError('http-5xx', 'failed', { status: 500 }),
      new BackendError('http-5xx', 'busy', { status: 503, retryAfterMs: 30_000 }),
      new BackendError('http-4xx', 'slow down', { status: 429, serverCode: 'rate-limited' }),
      new BackendError('invalid-response', 'captive portal'),
    ]) {
      expect(isTransientFailure(error), error.message).toBe(true);
      expect(isEvidenceRefusal(error), error.message).toBe(false);
    }
  });

  it('other refusals stop the retries too, but are not about the files', () => {
    const expired = new BackendError('http-4xx', 'expired', { status: 410, serverCode: 'session-expired' });
    expect(isTransientFailure(expired)).toBe(false);
    expect(isEvidenceRefusal(expired)).toBe(false);
  });
});
