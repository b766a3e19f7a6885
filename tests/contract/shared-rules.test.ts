import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse, StatusResponse, SubmissionReceiptDto } from '../../contract/certification-api';
import { faceActionKinds, frameRateTiers, tierChallengeKinds } from '../../contract/challenges';
import { expectedCheckCharacter, idNumberProblems, type IdNumberProblem } from '../../contract/id-number';
import type { PersonNameProblem } from '../../contract/person-name';
import {
  addReviewer,
  fixtures,
  injectUpload,
  signIn,
  startTestServer,
  submissionBody,
  type TestServer,
} from '../../server/tests/support/test-server';
import { validatePersonForm } from '../../src/features/certify/model/person-form';
import { nextDueDate } from '../../src/features/due-date/model/due-date-rules';
import { recordOwnApproval, useDueDateStore } from '../../src/features/due-date/due-date-store';
import { newPracticeSession } from '../../src/features/practice/model/practice-session';
import { seededRandom } from '../support/builders/seeded-random';

/**
 * The rules app and server share (contract/) give the same answers on the same inputs: the app's own
 * code paths on one side, the real server (buildApp, SQLite in a temp folder, inject) on the other.
 */

const withCheck = (first17: string) => first17 + expectedCheckCharacter(first17);
/** A different valid number for each i (the server limits new sessions per person). */
const validIdNumberFor = (i: number) => withCheck(`110105194912${String(10 + (i % 19)).padStart(2, '0')}${String(100 + i).slice(-3)}`);

const idNumberWith: Record<IdNumberProblem, string> = {
  empty: '',
  'wrong-length': '1101051949123100',
  'bad-characters': '11010519491231002A',
  'bad-region': withCheck('99010519491231002'),
  'bad-birth-date': withCheck('11010519491331002'),
  'check-digit': '110105194912310021',
};

let clockMs = Date.parse('2026-03-10T02:00:00.000Z');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(
    { SESSION_RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_PER_MINUTE: '10000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' },
    { now: () => new Date(clockMs) },
  );
  await addReviewer(server.app, 'reviewer1', 'correct horse battery');
});
afterAll(async () => {
  await server?.close();
});

async function startSession(body: Record<string, unknown>) {
  return server.app.inject({ method: 'POST', url: '/api/sessions', payload: { name: '王秀英', ...body } });
}

describe('ID numbers: the app form and the server find the same problem', () => {
  it.each(idNumberProblems)('%s', async (problem) => {
    const idNumber = idNumberWith[problem];
    const app = validatePersonForm({ name: '王秀英', idNumber, phone: '' }, new Date(clockMs));
    expect(app.ok).toBe(false);
    expect(app.ok ? undefined : app.errors.idNumber).toBe(problem);

    const answer = await startSession({ idNumber });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'invalid-id-number', problem });
  });

  it('a small x at the end is no mistake to either: both take it as the capital X', async () => {
    const idNumber = '11010519491221111X';
    const typed = '11010519491221111x';
    const app = validatePersonForm({ name: '王秀英', idNumber: typed, phone: '' }, new Date(clockMs));
    expect(app.ok ? app.person.idNumber : undefined).toBe(idNumber);
    expect((await startSession({ idNumber: typed })).statusCode).toBe(201);
  });

  it('a valid number passes both', async () => {
    const idNumber = validIdNumberFor(1);
    expect(validatePersonForm({ name: '王秀英', idNumber, phone: '' }, new Date(clockMs)).ok).toBe(true);
    expect((await startSession({ idNumber })).statusCode).toBe(201);
  });

  it('a birth date after today is refused by both, on the same clock', async () => {
    const tomorrow = new Date(clockMs + 86_400_000);
    const ymd = `${tomorrow.getUTCFullYear()}${String(tomorrow.getUTCMonth() + 1).padStart(2, '0')}${String(tomorrow.getUTCDate()).padStart(2, '0')}`;
    const idNumber = withCheck(`110105${ymd}002`);
    const app = validatePersonForm({ name: '王秀英', idNumber, phone: '' }, new Date(clockMs));
    expect(app.ok ? undefined : app.errors.idNumber).toBe('bad-birth-date');
    expect((await startSession({ idNumber })).json()).toMatchObject({ problem: 'bad-birth-date' });
  });
});

describe('names: the app form and the server refuse and normalise alike', () => {
  const nameWith: Record<Exclude<PersonNameProblem, 'empty'>, string> = {
    'too-long': '王'.repeat(61),
    'invisible-characters': '王秀\u202E英',
  };
  it.each(Object.entries(nameWith))('%s', async (problem, name) => {
    const app = validatePersonForm({ name, idNumber: validIdNumberFor(40), phone: '' }, new Date(clockMs));
    expect(app.ok ? undefined : app.errors.name).toBe(problem);
    expect((await startSession({ name, idNumber: validIdNumberFor(40) })).json()).toMatchObject({ code: 'invalid-name', problem });
  });

  it('the same name is stored as the app sends it', async () => {
    const app = validatePersonForm({ name: ' Jose\u0301   Garci\u0301a ', idNumber: validIdNumberFor(41), phone: '' }, new Date(clockMs));
    expect(app.ok && app.person.name).toBe('José García');
    expect((await startSession({ name: ' Jose\u0301   Garci\u0301a ', idNumber: validIdNumberFor(41) })).statusCode).toBe(201);
    expect(await server.query<{ name: string }>('SELECT name FROM sessions WHERE id_number = ?', validIdNumberFor(41))).toEqual([{ name: 'José García' }]);
  });
});

describe('actions per frame-rate tier: server sessions and the app practice picker', () => {
  it.each(frameRateTiers)('%s: only that tier’s actions, 2 or 3 different, one face action', async (tier) => {
    const serverPicks: string[][] = [];
    for (let i = 0; i < 25; i += 1) {
      const answer = await startSession({ idNumber: validIdNumberFor(i), tier });
      expect(answer.statusCode).toBe(201);
      serverPicks.push(answer.json<CreateSessionResponse>().challenges);
    }
    const random = seededRandom(tier.length);
    const appPicks = Array.from(
      { length: 25 },
      () =>
        newPracticeSession({
          fixedChallenges: undefined,
          tier,
          randomBytes: (n) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256)),
          random,
        }).challenges,
    );
    for (const picked of [...serverPicks, ...appPicks]) {
      expect(picked.length === 2 || picked.length === 3).toBe(true);
      expect(new Set(picked).size).toBe(picked.length);
      expect(picked.some((kind) => (faceActionKinds as readonly string[]).includes(kind))).toBe(true);
      for (const kind of picked) expect(tierChallengeKinds[tier]).toContain(kind);
    }
  });

  it('an app that sends no tier (older versions) gets the standard tier', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      for (const kind of (await startSession({ idNumber: validIdNumberFor(i) })).json<CreateSessionResponse>().challenges) seen.add(kind);
    }
    expect([...seen].sort()).toEqual([...tierChallengeKinds.standard].sort());
  });

  it('refuses a tier it does not know', async () => {
    const answer = await startSession({ idNumber: validIdNumberFor(2), tier: 'turbo' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'invalid-request', fields: ['tier'] });
  });
});

describe('next due date after an approval: the server status and the app due-date feature', () => {
  async function approvedAt(instant: string): Promise<StatusResponse> {
    clockMs = Date.parse(instant);
    const session = (await startSession({ idNumber: validIdNumberFor(clockMs % 97) })).json<CreateSessionResponse>();
    const photo = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const video = await injectUpload(server.app, session, 'video', fixtures.webm);
    const receipt = (
      await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video, {}, new Date(clockMs)) })
    ).json<SubmissionReceiptDto>();
    // Signed in at the moved clock: a reviewer session lasts hours, the dates here are years apart.
    const reviewerCookie = await signIn(server.app, 'reviewer1', 'correct horse battery');
    const decision = await server.app.inject({
      method: 'POST',
      url: `/api/review/submissions/${receipt.submissionId}/decision`,
      headers: { cookie: reviewerCookie, 'x-requested-with': 'review-console' },
      payload: { decision: 'approve' },
    });
    expect(decision.statusCode).toBe(200);
    const status = await server.app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    return status.json<StatusResponse>();
  }

  it.each([
    ['29 February', '2028-02-29T03:00:00.000Z', '2029-02-28'],
    ['28 February of a leap year', '2028-02-28T03:00:00.000Z', '2029-02-28'],
    ['31 January', '2027-01-31T03:00:00.000Z', '2028-01-31'],
    ['31 August', '2026-08-31T03:00:00.000Z', '2027-08-31'],
    ['31 December, late evening in Beijing', '2026-12-31T15:00:00.000Z', '2027-12-31'],
    ['New Year in Beijing, still 31 December in UTC', '2026-12-31T17:00:00.000Z', '2028-01-01'],
    ['29 February in Beijing, 28 February in UTC', '2028-02-28T20:00:00.000Z', '2029-02-28'],
  ])('%s', async (_label, instant, expected) => {
    const status = await approvedAt(instant);
    expect(status.state).toBe('approved');
    expect(status.nextDueDate).toBe(expected);

    recordOwnApproval(status.decidedAt ?? '');
    const own = useDueDateStore.getState().own;
    expect(own).not.toBeNull();
    expect(nextDueDate({ lastCertifiedOn: own?.lastCertifiedOn ?? '' }).dueBy).toBe(expected);
  });
});
