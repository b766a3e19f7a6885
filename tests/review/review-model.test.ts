import { describe, expect, it } from 'vitest';
import { createFetchReviewApi } from '../../review/src/api/fetch-review-api';
import { parseAuditAction } from '../../review/src/model/audit-actions';
import { errorMessageKey } from '../../review/src/model/error-messages';
import { formatDateTime, formatPeak, formatSeconds, precheckTone, statesForFilter, summaryParts } from '../../review/src/model/format';
import { draftProblem, reasonLabel, reasonsFor } from '../../review/src/model/reasons';
import { reasons } from './support/fake-review-server';

describe('review console model', () => {
  it('maps the "open" filter to the two undecided states', () => {
    expect(statesForFilter('open')).toEqual(['received', 'in-review']);
    expect(statesForFilter('redo-requested')).toEqual(['redo-requested']);
  });

  it('shows turns in degrees and blink / mouth scores as 0..1, and times in seconds', () => {
    expect(formatPeak('turn-right', -31.4)).toBe('31°');
    expect(formatPeak('blink', 0.8734)).toBe('0.87');
    expect(formatSeconds(1250)).toBe('1.3');
    expect(formatSeconds(0)).toBe('0.0');
  });

  it('formats times in the given zone and leaves non-dates alone', () => {
    expect(formatDateTime('2026-11-27T08:05:00.000Z', 'zh-CN', 'Asia/Shanghai')).toContain('16:05');
    expect(formatDateTime('not a date', 'zh-CN')).toBe('not a date');
  });

  it('puts a failed pre-check above warnings above a clean pass', () => {
    const base = { passed: 5, failed: 0, warnings: 0, unknown: 0, allPassed: true };
    expect(precheckTone(base)).toBe('pass');
    expect(precheckTone({ ...base, warnings: 1, allPassed: false })).toBe('warn');
    expect(precheckTone({ ...base, unknown: 1, allPassed: false })).toBe('warn');
    expect(precheckTone({ ...base, failed: 1, warnings: 1, allPassed: false })).toBe('fail');
  });

  it('summarises pre-checks worst first and leaves out the zeros', () => {
    expect(summaryParts({ passed: 5, failed: 1, warnings: 0, unknown: 2, allPassed: false })).toEqual([
      { part: 'failed', count: 1 },
      { part: 'unknown', count: 2 },
      { part: 'passed', count: 5 },
    ]);
  });

  it('offers each decision only its own reasons, labelled in the reviewer’s language', () => {
    expect(reasonsFor(reasons, 'approve')).toEqual([]);
    expect(reasonsFor(reasons, 'redo').map((r) => r.code)).toEqual(['face-not-visible']);
    expect(reasonsFor(reasons, 'reject').map((r) => r.code)).toEqual(['face-not-visible', 'not-the-person']);
    expect(reasonLabel(reasons[0]!, 'en')).toBe('The face cannot be seen');
    expect(reasonLabel(reasons[0]!, 'fr')).toBe('看不清脸');
  });

  it('requires a choice, and a reason for reject and redo', () => {
    expect(draftProblem({ decision: null, reasonCode: '', note: '' })).toBe('needChoice');
    expect(draftProblem({ decision: 'redo', reasonCode: '', note: 'x' })).toBe('needReason');
    expect(draftProblem({ decision: 'reject', reasonCode: 'a', note: '' })).toBeNull();
    expect(draftProblem({ decision: 'approve', reasonCode: '', note: '' })).toBeNull();
  });

  it('reads the server’s audit actions, decisions with their outcome', () => {
    expect(parseAuditAction('decision:redo')).toEqual({ kind: 'known', action: 'decision', decision: 'redo' });
    expect(parseAuditAction('view-photo')).toEqual({ kind: 'known', action: 'view-photo' });
    expect(parseAuditAction('something-new')).toEqual({ kind: 'unknown', raw: 'something-new' });
  });

  it('has words for the server’s codes and a generic message for the rest', () => {
    expect(errorMessageKey('already-decided')).toBe('errors.already-decided');
    expect(errorMessageKey('something-new')).toBe('errors.generic');
    expect(errorMessageKey(undefined)).toBe('errors.generic');
  });
});

describe('fetch review API', () => {
  const answer = (status: number, body: unknown) => async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('treats 401 from /me as "nobody signed in", not as an error', async () => {
    await expect(createFetchReviewApi(answer(401, { code: 'not-signed-in', message: 'x' })).me()).resolves.toBeNull();
  });

  it('raises coded errors: 4xx with the server code, 5xx generic, unreadable answers, no network', async () => {
    await expect(createFetchReviewApi(answer(409, { code: 'already-decided', message: 'x' })).decide('a', { decision: 'approve' })).rejects.toMatchObject({
      code: 'already-decided',
      status: 409,
    });
    await expect(createFetchReviewApi(answer(502, { code: 'leak', message: 'stack…' })).queue([])).rejects.toMatchObject({
      code: 'server-error',
    });
    await expect(createFetchReviewApi(answer(200, { items: [{ id: 1 }] })).queue([])).rejects.toMatchObject({
      code: 'invalid-response',
    });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(createFetchReviewApi(offline).audit()).rejects.toMatchObject({ code: 'network', status: null });
  });

  it('escapes ids in URLs', () => {
    const api = createFetchReviewApi(answer(200, {}));
    expect(api.photoUrl('../x?y')).toBe('/api/review/submissions/..%2Fx%3Fy/photo');
  });
});
