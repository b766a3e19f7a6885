import type { IdNumberProblem } from '../../../../contract/id-number';
import type { Evidence } from '../../../adapters/backend/evidence';
import type { CertificationSession, PersonDetails } from '../../../adapters/backend/certification-backend';

/**
 * The steps of one certification, in order: who → start a session → face check (consent inside)
 * → look at the photo → the person's own 提交 → saved in the outbox and followed. The same steps for
 * the phone's owner, a kiosk's visitor and a family member's elder: only the "who" step differs.
 * The evidence exists only in the review/saving steps; once saved it lives in the outbox alone.
 */
export type StartErrorCode = 'network' | 'server' | 'default';

export type CertifyState =
  | { step: 'person'; person?: PersonDetails; idProblem?: IdNumberProblem }
  | { step: 'starting'; person: PersonDetails }
  | { step: 'start-failed'; person: PersonDetails; errorCode: StartErrorCode }
  | { step: 'liveness'; person: PersonDetails; session: CertificationSession }
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
  if (person && !askFirst) return { step: 'starting', person };
  return person ? { step: 'person', person } : { step: 'person' };
}

export function certifyReducer(state: CertifyState, event: CertifyEvent): CertifyState {
  switch (event.type) {
    case 'person-entered':
      return state.step === 'person' ? { step: 'starting', person: event.person } : state;
    case 'session-started':
      return state.step === 'starting' ? { step: 'liveness', person: state.person, session: event.session } : state;
    case 'start-failed':
      return state.step === 'starting' ? { step: 'start-failed', person: state.person, errorCode: event.errorCode } : state;
    case 'start-refused-id':
      return state.step === 'starting' ? { step: 'person', person: state.person, idProblem: event.problem } : state;
    case 'retry-start':
      return state.step === 'start-failed' ? { step: 'starting', person: state.person } : state;
    case 'liveness-passed':
      return state.step === 'liveness'
        ? { step: 'review', person: state.person, session: state.session, evidence: event.evidence }
        : state;
    case 'redo-liveness':
      return state.step === 'review' || state.step === 'save-failed'
        ? { step: 'liveness', person: state.person, session: state.session }
        : state;
    case 'submit':
      return state.step === 'review' || state.step === 'save-failed' ? { ...state, step: 'saving' } : state;
    case 'saved':
      return state.step === 'saving' ? { step: 'sent', person: state.person, entryId: event.entryId } : state;
    case 'save-failed':
      return state.step === 'saving' ? { ...state, step: 'save-failed' } : state;
    case 'restart':
      return state.step === 'person' || state.step === 'starting' ? state : { step: 'starting', person: state.person };
    case 'edit-person':
      return state.step === 'start-failed' || state.step === 'liveness' ? { step: 'person', person: state.person } : state;
  }
}

/** A session the server will no longer accept: the person must start again (we say so first). */
export function isSessionExpired(session: CertificationSession, nowMs: number): boolean {
  const expiresMs = Date.parse(session.expiresAt);
  return Number.isFinite(expiresMs) && expiresMs <= nowMs;
}
