import type {
  AuditEntry,
  QueueItem,
  ReviewReason,
  SubmissionDetails,
} from '../../../contract/review-api';

export type RecordedRequest = { method: string; path: string; headers: Record<string, string>; body: unknown };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const reasons: ReviewReason[] = [
  {
    code: 'face-not-visible',
    appliesTo: ['reject', 'redo'],
    label: { 'zh-CN': '看不清脸', 'zh-TW': '看不清臉', en: 'The face cannot be seen' },
  },
  {
    code: 'not-the-person',
    appliesTo: ['reject'],
    label: { 'zh-CN': '不是本人', 'zh-TW': '不是本人', en: 'Not the person' },
  },
];

export function aSubmission(overrides: Partial<SubmissionDetails> = {}): SubmissionDetails {
  return {
    id: 'sub-1',
    receivedAt: '2026-11-27T08:00:00.000Z',
    state: 'received',
    name: '张桂英',
    idNumberMasked: '1101**********123X',
    phoneMasked: '138****5678',
    challenges: ['turn-right', 'turn-left'],
    precheck: { passed: 6, failed: 0, warnings: 0, unknown: 0, allPassed: true },
    precheckResults: [
      {
        check: 'actions-in-challenge-order',
        outcome: 'pass',
        detail: 'Actions done in the order asked: turn-right, turn-left.',
        notes: [{ code: 'actions-in-order', values: { asked: ['turn-right', 'turn-left'] } }],
      },
      {
        check: 'action-timings',
        outcome: 'fail',
        detail: 'action 1 lasted 20 ms (< 80).',
        notes: [{ code: 'action-too-short', values: { number: 1, ms: 20, limitMs: 80 } }],
      },
      // Stored before results carried notes.
      { check: 'video-type', outcome: 'pass', detail: 'Video bytes are video/webm; metadata says video/webm.' },
      { check: 'future-check', outcome: 'pass', detail: 'A check this console has no name for yet.', notes: [{ code: 'future-note' }] },
    ],
    metadata: {
      challengeId: 'sess-1',
      nonce: 'n-1',
      actions: [
        { kind: 'turn-right', startMs: 1300, endMs: 2500, peakScore: -31.4 },
        { kind: 'turn-left', startMs: 5800, endMs: 6900, peakScore: 28.2 },
      ],
      startedAt: '2026-11-27T07:59:00.000Z',
      durationMs: 9100,
      appVersion: '0.1.0',
      camera: 'front',
      device: { userAgent: 'Mozilla/5.0 (Linux; Android 12)', screen: '360x740', language: 'zh-CN' },
      video: { mimeType: 'video/webm', bytes: 500000 },
      photo: { mimeType: 'image/jpeg', bytes: 40000, width: 640, height: 480 },
    },
    photo: { bytes: 40000, mimeType: 'image/jpeg' },
    video: { bytes: 500000, mimeType: 'video/webm', durationMs: 9100 },
    evidenceAvailable: true,
    ...overrides,
  };
}

function toQueueItem(details: SubmissionDetails): QueueItem {
  const { id, receivedAt, state, name, idNumberMasked, precheck } = details;
  return { id, receivedAt, state, name, idNumberMasked, precheck };
}

/**
 * An in-memory stand-in for the reference server's review API, spoken to through fetch, so the
 * console's real fetch client, parsing and error mapping are all exercised.
 */
export function createFakeReviewServer(options: { signedIn?: boolean; submissions?: SubmissionDetails[] } = {}) {
  const state = {
    signedIn: options.signedIn ?? false,
    submissions: options.submissions ?? [aSubmission()],
    audit: [] as AuditEntry[],
    requests: [] as RecordedRequest[],
    /** When set, the next matching call answers with this instead. */
    failNext: null as null | { path: RegExp; status: number; body?: unknown },
  };

  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://console.test');
    const method = init?.method ?? 'GET';
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    state.requests.push({ method, path: url.pathname + url.search, headers, body });

    if (state.failNext && state.failNext.path.test(url.pathname)) {
      const failure = state.failNext;
      state.failNext = null;
      if (failure.status === 0) throw new TypeError('Failed to fetch');
      return json(failure.status, failure.body ?? { code: 'x', message: 'x' });
    }

    if (method === 'POST' && headers['x-requested-with'] !== 'review-console') {
      return json(403, { code: 'csrf-check-failed', message: 'missing header' });
    }
    if (url.pathname === '/api/review/login' && method === 'POST') {
      const credentials = body as { username: string; password: string };
      if (credentials.username === 'wang' && credentials.password === 'correct horse') {
        state.signedIn = true;
        return json(200, { username: 'wang' });
      }
      return json(401, { code: 'invalid-credentials', message: 'Wrong username or password' });
    }
    if (!state.signedIn) return json(401, { code: 'not-signed-in', message: 'Sign in first' });

    if (url.pathname === '/api/review/me') return json(200, { username: 'wang' });
    if (url.pathname === '/api/review/logout') {
      state.signedIn = false;
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/review/queue') {
      const wanted = (url.searchParams.get('state') ?? 'received,in-review').split(',');
      return json(200, { items: state.submissions.filter((s) => wanted.includes(s.state)).map(toQueueItem) });
    }
    if (url.pathname === '/api/review/reasons') return json(200, { reasons });
    if (url.pathname === '/api/review/audit') return json(200, { entries: state.audit });

    const match = /^\/api\/review\/submissions\/([^/]+)(\/decision)?$/.exec(url.pathname);
    const submission = match ? state.submissions.find((s) => s.id === decodeURIComponent(match[1] ?? '')) : undefined;
    if (match && !submission) return json(404, { code: 'submission-not-found', message: 'No such submission' });
    if (match && submission && !match[2]) return json(200, submission);
    if (match && submission && match[2] && method === 'POST') {
      const decision = body as { decision: 'approve' | 'reject' | 'redo'; reasonCode?: string; reasonText?: string };
      if (submission.decision) return json(409, { code: 'already-decided', message: 'Already decided' });
      const decidedAt = '2026-11-27T09:00:00.000Z';
      submission.state = decision.decision === 'approve' ? 'approved' : decision.decision === 'reject' ? 'rejected' : 'redo-requested';
      submission.decision = { ...decision, decidedAt, decidedBy: 'wang' };
      state.audit.push({
        id: state.audit.length + 1,
        at: decidedAt,
        actor: 'wang',
        action: `decision:${decision.decision}`,
        submissionId: submission.id,
        detail: `${decision.decision}${decision.reasonCode ? ` (${decision.reasonCode})` : ''}`,
      });
      return json(200, { id: submission.id, state: submission.state, decidedAt });
    }
    return json(404, { code: 'not-found', message: 'Not found' });
  };

  return { state, fetchImpl };
}
