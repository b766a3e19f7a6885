import type { IdNumberProblem } from '../../../../contract/id-number';
import type { Evidence } from '../../../adapters/backend/evidence';
import type { CertificationSession, PersonDetails } from '../../../adapters/backend/certification-backend';

/**
 * The steps of one certification, in order: who → face check (consent inside; the session starts when
 * the check asks for its actions, for the frame rate it measured, or when the recording step begins)
 * → look at the photo → the person's own 提交 → saved in the outbox and followed. The same steps for
 * the phone's owner, a kiosk's visitor and a family member's elder: only the "who" step differs.
 * The evidence exists only in the review/saving steps; once saved it lives in the outbox alone.
 */
export type StartErrorCode = 'network' | 'server' | 'default';

export type CertifyState =
  | { step: 'person'; person?: PersonDetails; idProblem?: IdNumberProblem }
  | { step: 'start-failed'; person: PersonDetails; errorCode: StartErrorCode }
  /** `session` null until the face check asks for its actions; `attempt` counts fresh starts (keys the check). */
  | { step: 'liveness'; person: PersonDetails; session: CertificationSession | null; attempt: number }
  | { step: 'review'; person: PersonDetails; session: CertificationSession; evidence: Evidence }
  | { step: 'saving'; person: PersonDetails; session: CertificationSession; evidence: Evidence }
  | { step: 'save-failed'; person: PersonDetails; session: CertificationSession; evidence: Evidence }
  | { step: 'sent'; person: PersonDetails; entryId: string };

export type CertifyStep = CertifyState['step'];

export type CertifyEvent =
  | { type: 'person-entered'; person: PersonDetails }
  | { type: 'session-started'; session: CertificationSession }
  | { type: 'start-failed'; errorCode: StartErrorCode }
  /** The server refused the ID number: back to the form with the problem shown. */
  | { type: 'start-refused-id'; problem: IdNumberProblem }
  | { type: 'retry-start' }
  | { type: 'liveness-passed'; evidence: Evidence }
  | { type: 'redo-liveness' }
  | { type: 'submit' }
  | { type: 'saved'; entryId: string }
  | { type: 'save-failed' }
  | { type: 'edit-person' }
  /** Start over for the same person with a fresh session (expired, refused, or asked to redo). */
  | { type: 'restart' };

/**
 * A person already known starts the session at once, unless the route asks first (family: the
 * hand-over screen); otherwise the flow starts with the person step.
 */
export function initialCertifyState({ person, askFirst }: { person?: PersonDetails; askFirst: boolean }): CertifyState {
  if (person && !askFirst) return freshCheck(person, 0);
  return person ? { step: 'person', person } : { step: 'person' };
}

function freshCheck(person: PersonDetails, attempt: number): CertifyState {
  return { step: 'liveness', person, session: null, attempt };
}

function attemptOf(state: CertifyState): number {
  return state.step === 'liveness' ? state.attempt : 0;
}

export function certifyReducer(state: CertifyState, event: CertifyEvent): CertifyState {
  switch (event.type) {
    case 'person-entered':
      return state.step === 'person' ? freshCheck(event.person, 0) : state;
    case 'session-started':
      return state.step === 'liveness' ? { ...state, session: event.session } : state;
    case 'start-failed':
      return state.step === 'liveness' ? { step: 'start-failed', person: state.person, errorCode: event.errorCode } : state;
    case 'start-refused-id':
      return state.step === 'liveness' ? { step: 'person', person: state.person, idProblem: event.problem } : state;
    case 'retry-start':
      return state.step === 'start-failed' ? freshCheck(state.person, 0) : state;
    case 'liveness-passed':
      return state.step === 'liveness' && state.session
        ? { step: 'review', person: state.person, session: state.session, evidence: event.evidence }
        : state;
    case 'redo-liveness':
      // The same session (its actions, its nonce): nothing was sent yet.
      return state.step === 'review' || state.step === 'save-failed'
        ? { step: 'liveness', person: state.person, session: state.session, attempt: 0 }
        : state;
    case 'submit':
      return state.step === 'review' || state.step === 'save-failed' ? { ...state, step: 'saving' } : state;
    case 'saved':
      return state.step === 'saving' ? { step: 'sent', person: state.person, entryId: event.entryId } : state;
    case 'save-failed':
      return state.step === 'saving' ? { ...state, step: 'save-failed' } : state;
    case 'restart':
      return state.step === 'person' ? state : freshCheck(state.person, attemptOf(state) + 1);
    case 'edit-person':
      return state.step === 'start-failed' || state.step === 'liveness' ? { step: 'person', person: state.person } : state;
  }
}

/** A session the server will no longer accept: the person must start again (we say so first). */
export function isSessionExpired(session: CertificationSession, nowMs: number): boolean {
  const expiresMs = Date.parse(session.expiresAt);
  return Number.isFinite(expiresMs) && expiresMs <= nowMs;
}
