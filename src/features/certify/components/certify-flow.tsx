import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useReducer, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isIdNumberProblem, type IdNumberProblem } from '../../../../contract/id-number';
import { defaultEvidenceLimits } from '../../../../contract/certification-api';
import { isBackendError } from '../../../adapters/backend/backend-error';
import type { PersonDetails } from '../../../adapters/backend/certification-backend';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { useCertificationOffer } from '../../../shared/config/agency';
import { useUpdateGate } from '../../../shared/update-gate';
import { LivenessFlow, type IssueChallenges } from '../../liveness';
import { DemoBanner, useCertification } from '../../submission';
import { certifyReducer, initialCertifyState, type CertifyStep, type StartErrorCode } from '../model/certify-flow';
import { AgencyRecipient } from './agency-details';
import { NotOffered } from './not-offered';
import { PersonForm } from './person-form';
import { SentEntry } from './sent-entry';
import { SubmitStep } from './submit-step';
import '../certify.css';

/** What a route's own "who" step gets (kiosk: staff type the person; family: the hand-over screen). */
export type PersonStepProps = {
  /** What is known so far: the route's person, or what was typed before the server refused it. */
  person?: PersonDetails;
  /** The server refused the ID number: which problem, to show at once. */
  idProblem?: IdNumberProblem;
  /** Starts the session for this person. */
  onSubmit(person: PersonDetails): void;
  /** The 演示 banner when the demo backend drives the flow (nothing otherwise): every step shows it. */
  banner: ReactNode;
  /** The demo backend drives the flow: the person form must not say the details go to an agency. */
  demo: boolean;
};

/** What a route's own "sent" screen gets (kiosk: progress, then the receipt). */
export type SentStepProps = {
  entryId: string;
  /** The same person again with a fresh session (the submission was refused, or a redo was asked). */
  restart(): void;
  banner: ReactNode;
};

export type CertifyFlowProps = {
  /** Known already (family: the elder). Without renderPersonStep the form is skipped. */
  person?: PersonDetails;
  /** Where the back buttons go. */
  exitTo: string;
  /** Leaving the flow (the face check's 退出, 不发了): navigates to exitTo unless given (kiosk: wipe). */
  onExit?(): void;
  /** Once the submission is saved in the outbox (kiosk: today's count; family: the elder's latest). */
  onSaved?(entry: OutboxEntry): void;
  /** When this flow's submission is approved (the phone owner's own: next due date). */
  onApproved?(entry: OutboxEntry): void;
  /** The route's own "who" step instead of the built-in person form. */
  renderPersonStep?(props: PersonStepProps): ReactNode;
  /** Shown above the face check (kiosk: "请 … 看着屏幕"). */
  renderCheckHeader?(person: PersonDetails): ReactNode;
  /** The route's own screen once the submission is saved, instead of the built-in progress screen. */
  renderSent?(props: SentStepProps): ReactNode;
  /** Each time the flow moves on (kiosk: staff controls stay out of the face check and 提交). */
  onStepChange?(step: CertifyStep): void;
};

function startErrorCode(error: unknown): StartErrorCode {
  if (!isBackendError(error)) return 'default';
  if (error.code === 'network') return 'network';
  if (error.code === 'http-5xx' || error.serverCode === 'rate-limited') return 'server';
  return 'default';
}

/**
 * The only certification flow: who → face check → 提交 → followed status. /certify mounts it for the
 * phone's owner, /kiosk for each visitor, /family for an elder; each route changes only the "who"
 * step, where leaving goes and what happens once it is saved. So all three have the same session
 * start (and its refusal of an ID number), expiry warning, save failure and status.
 */
export function CertifyFlow(props: CertifyFlowProps) {
  // A backend with no agency named in config.json: nobody stands behind this page, so it asks for no face.
  if (useCertificationOffer() === 'none') return <NotOffered exitTo={props.exitTo} />;
  return <CertifyFlowSteps {...props} />;
}

function CertifyFlowSteps({ person, exitTo, onExit, onSaved, onApproved, renderPersonStep, renderCheckHeader, renderSent, onStepChange }: CertifyFlowProps) {
  const { t } = useTranslation('certify');
  const { t: tCommon } = useTranslation('common');
  const { t: tSubmission } = useTranslation('submission');
  const { backend, outbox } = useCertification();
  const [, navigate] = useLocation();
  const [state, dispatch] = useReducer(certifyReducer, { person, askFirst: renderPersonStep !== undefined }, initialCertifyState);
  const notifySaved = useEffectEvent((entry: OutboxEntry) => onSaved?.(entry));
  const leave = () => (onExit ? onExit() : navigate(exitTo));
  // A person filling in details, checking their face or submitting is never offered a reload.
  useUpdateGate(true, 'certify');
  const reportStep = useEffectEvent((step: CertifyStep) => onStepChange?.(step));
  useEffect(() => reportStep(state.step), [state.step]);

  // The face check asks for its actions once it knows what this phone can see (the measured frame-rate
  // tier) and how the evidence is made (live, or recorded with the camera app): the session starts then.
  const stateRef = useRef(state);
  // A layout effect: it runs before the face check's own effects could ask.
  useLayoutEffect(() => {
    stateRef.current = state;
  });
  const issueChallenges = useCallback<IssueChallenges>(
    async (request, signal) => {
      const current = stateRef.current;
      if (current.step !== 'liveness') throw new Error('the face check asked for actions outside its step');
      const reusable = current.session && (current.session.tier ?? 'standard') === request.tier && (current.session.route ?? 'live') === request.route;
      let session = reusable ? current.session : null;
      if (!session) {
        try {
          session = await backend.startSession(current.person, { tier: request.tier, route: request.route, signal });
        } catch (error: unknown) {
          if (!signal.aborted) {
            if (isBackendError(error) && error.serverCode === 'invalid-id-number') {
              dispatch({ type: 'start-refused-id', problem: isIdNumberProblem(error.problem) ? error.problem : 'check-digit' });
            } else {
              dispatch({ type: 'start-failed', errorCode: startErrorCode(error) });
            }
          }
          throw error;
        }
        dispatch({ type: 'session-started', session });
      }
      return {
        challenges: session.challenges,
        challengeId: session.sessionId,
        nonce: session.nonce,
        ...(session.spokenCode ? { spokenCode: session.spokenCode } : {}),
        issuedAtEpochMs: Date.now(),
        // A video over the backend's limit is re-encoded on the phone before it is offered for 提交.
        videoLimits: session.evidenceLimits ?? defaultEvidenceLimits,
      };
    },
    [backend],
  );

  const saving = state.step === 'saving' ? state : undefined;
  useEffect(() => {
    if (!saving) return;
    let cancelled = false;
    outbox.enqueue({ person: saving.person, session: saving.session, evidence: saving.evidence }).then(
      (entry) => {
        if (cancelled) return;
        dispatch({ type: 'saved', entryId: entry.id });
        notifySaved(entry);
      },
      () => {
        if (!cancelled) dispatch({ type: 'save-failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [outbox, saving]);

  const banner = <DemoBanner backendKind={backend.kind} />;
  const demo = backend.kind === 'demo';
  const restart = () => dispatch({ type: 'restart' });

  switch (state.step) {
    case 'person': {
      const onSubmit = (details: PersonDetails) => dispatch({ type: 'person-entered', person: details });
      if (renderPersonStep) return <>{renderPersonStep({ person: state.person, idProblem: state.idProblem, onSubmit, banner, demo })}</>;
      return (
        <Screen title={t('person.title')} backTo={exitTo}>
          {banner}
          <PersonForm initial={state.person} serverIdProblem={state.idProblem} onSubmit={onSubmit} demo={demo} />
        </Screen>
      );
    }
    case 'start-failed':
      return (
        <Screen title={t('title')} backTo={exitTo}>
          {banner}
          <Notice tone="warning" role="alert" title={t('startError.title')}>
            <p>{t(`startError.${state.errorCode}`)}</p>
          </Notice>
          <button type="button" className="btn btn-primary btn-block" onClick={() => dispatch({ type: 'retry-start' })}>
            {tCommon('action.retry')}
          </button>
        </Screen>
      );
    case 'liveness':
      return (
        <>
          {backend.kind === 'demo' && <div className="certify-demo-strip">{banner}</div>}
          {renderCheckHeader?.(state.person)}
          <LivenessFlow
            key={state.attempt}
            mode="certify"
            issueChallenges={issueChallenges}
            backTo={exitTo}
            title={t('liveness.title')}
            onPassed={(evidence) => dispatch({ type: 'liveness-passed', evidence })}
            onExit={leave}
            // The consent says the photo and video go to the agency on 提交: in the demo they go nowhere.
            consentExtra={demo ? <Notice tone="warning"><p>{t('review.consentDemo')}</p></Notice> : <AgencyRecipient />}
          />
        </>
      );
    case 'review':
    case 'saving':
    case 'save-failed':
      return (
        <Screen title={t('review.title')} backTo={exitTo}>
          {banner}
          <SubmitStep
            evidence={state.evidence}
            expiresAt={state.session.expiresAt}
            saving={state.step === 'saving'}
            saveFailed={state.step === 'save-failed'}
            demo={demo}
            onSubmit={() => dispatch({ type: 'submit' })}
            onRedo={() => dispatch({ type: 'redo-liveness' })}
            onRestart={restart}
            onDiscard={leave}
          />
        </Screen>
      );
    case 'sent':
      if (renderSent) return <>{renderSent({ entryId: state.entryId, restart, banner })}</>;
      return (
        <Screen title={t('sent.title')} backTo={exitTo}>
          {banner}
          <SentEntry entryId={state.entryId} onCertifyAgain={restart} onApproved={onApproved} />
          <AgencyRecipient sent />
          <Link href="/status" className="btn btn-secondary btn-block">
            {tSubmission('action.viewStatus')}
          </Link>
          <Link href={exitTo} className="btn btn-secondary btn-block">
            {t('sent.done')}
          </Link>
        </Screen>
      );
  }
}
