import { describe, expect, it } from 'vitest';
import { pollStatus } from '../../../../src/features/submission/effects/poll-status';
import { BackendError } from '../../../../src/adapters/backend/backend-error';
import type { SubmissionStatus } from '../../../../src/adapters/backend/certification-backend';
import type { RetryPolicy } from '../../../../src/features/submission/model/retry-policy';
import { createFakeBackend } from '../support/fake-backend';
import { createManualTimers } from '../support/manual-timers';

const policy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 8000, factor: 2, jitterRatio: 0.5, maxRetryAfterMs: 60_000 };

function setup(
  initial?: { status?: SubmissionStatus; etag?: string },
  prepare: (fake: ReturnType<typeof createFakeBackend>) => void = () => {},
) {
  const fake = createFakeBackend();
  prepare(fake);
  const timers = createManualTimers();
  const seen: SubmissionStatus[] = [];
  const fatal: string[] = [];
  const poller = pollStatus({
    backend: fake.backend,
    statusToken: 'token-1',
    timers,
    random: () => 0,
    policy,
    initial,
    onStatus: (status) => seen.push(status),
    onFatalError: (code) => fatal.push(code),
  });
  return { fake, timers, seen, fatal, poller };
}

describe('status poller', () => {
  it('sends the last ETag and treats 304 as "no change", backing off exponentially', async () => {
    const { fake, timers, seen, poller } = setup();
    await timers.advance(0);
    expect(seen).toEqual([{ state: 'received' }]);
    expect(fake.statusCalls).toEqual([{ token: 'token-1', etag: undefined }]);

    await timers.advance(1000); // first quiet poll after 1 s
    expect(fake.statusCalls[1]).toEqual({ token: 'token-1', etag: '"received"' });
    expect(timers.pending()).toEqual([2000]); // unchanged → the next wait doubles
    await timers.advance(2000);
    expect(timers.pending()).toEqual([4000]);
    expect(seen).toHaveLength(1);
    poller.stop();
  });

  it('reports a change once and polls briskly again after it', async () => {
    const { fake, timers, seen, poller } = setup();
    await timers.advance(0);
    await timers.advance(1000);
    await timers.advance(2000);
    fake.setStatus({ state: 'in-review' });
    await timers.advance(4000);
    expect(seen.map((s) => s.state)).toEqual(['received', 'in-review']);
    expect(timers.pending()).toEqual([1000]);
    poller.stop();
  });

  it('stops for good at a final state', async () => {
    const { fake, timers, seen } = setup(undefined, (f) => f.setStatus({ state: 'approved', decidedAt: '2026-01-15T10:00:00.000Z' }));
    await timers.advance(0);
    expect(seen.map((s) => s.state)).toEqual(['approved']);
    expect(timers.pending()).toEqual([]);
    await timers.advance(3_600_000);
    expect(fake.statusCalls).toHaveLength(1);
  });

  it('resumes from a persisted status and ETag without reporting it again', async () => {
    const { fake, timers, seen, poller } = setup({ status: { state: 'in-review' }, etag: '"in-review"' }, (f) =>
      f.setStatus({ state: 'in-review' }),
    );
    await timers.advance(0);
    expect(fake.statusCalls[0]).toEqual({ token: 'token-1', etag: '"in-review"' });
    expect(seen).toEqual([]);
    poller.stop();
  });

  it('does not poll at all for a persisted final status', async () => {
    const { fake, timers } = setup({ status: { state: 'rejected', reasonCode: 'blurry', decidedAt: '2026-01-15T10:00:00.000Z' } });
    await timers.advance(60_000);
    expect(fake.statusCalls).toEqual([]);
  });

  it('honours Retry-After over its own backoff', async () => {
    const { timers, poller } = setup(undefined, (f) => f.scriptStatus({ notModified: true, retryAfterMs: 30_000 }));
    await timers.advance(0);
    expect(timers.pending()).toEqual([30_000]);
    poller.stop();
  });

  it('keeps trying through network failures, and gives up on a refused token', async () => {
    const { timers, fatal, seen } = setup(undefined, (f) =>
      f.scriptStatus(
        new BackendError('network', 'offline'),
        new BackendError('http-4xx', 'no', { status: 404, serverCode: 'invalid-status-token' }),
      ),
    );
    await timers.advance(0);
    expect(timers.pending()).toEqual([2000]);
    await timers.advance(2000);
    expect(fatal).toEqual(['invalid-status-token']);
    expect(timers.pending()).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('stop() cancels the next poll', async () => {
    const { fake, timers, poller } = setup();
    await timers.advance(0);
    poller.stop();
    await timers.advance(60_000);
    expect(fake.statusCalls).toHaveLength(1);
  });
});
