import { useEffect, useEffectEvent, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useUpdateGate } from '../../../shared/update-gate';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { LivenessFlow } from '../../liveness/components/liveness-flow';
import { alreadyIssued } from '../../liveness/model/challenge-issue';
import { DemoBanner } from '../../submission/components/demo-banner';
import { OutboxEntryCard } from '../../submission/components/outbox-entry-card';
import { useCertification, useOutboxSnapshot } from '../../submission/hooks/use-certification';
import { isBackendError } from '../../submission/model/backend-error';
import type { PersonDetails } from '../../submission/model/certification-backend';
import type { OutboxEntry } from '../../submission/model/outbox';
import { certifyReducer, initialCertifyState, type StartErrorCode } from '../model/certify-flow';
import { PersonForm } from './person-form';
import { SubmitStep } from './submit-step';

export type CertifyFlowProps = {
  /** Known already (kiosk staff or a family member entered it): the form is skipped. */
  person?: PersonDetails;
  /** Where back / 回到首页 / leaving the face check go. */
  exitTo: string;
  /** Called once the submission is saved in the outbox (kiosk: show the receipt when it has one). */
  onSaved?(entryId: string): void;
  /** Called when this flow's submission is approved (the person's own: next due date). */
  onApproved?(entry: OutboxEntry): void;
  /** Replaces the built-in "sent" screen (kiosk receipt). */
  renderSent?(entryId: string): React.ReactNode;
};

function startErrorCode(error: unknown): StartErrorCode {
  if (!isBackendError(error)) return 'default';
  if (error.code === 'network') return 'network';
  if (error.code === 'http-5xx' || error.serverCode === 'rate-limited') return 'server';
  return 'default';
}

/**
 * One certification from who → face check → 提交 → followed status. Reusable: /certify mounts it
 * for the phone's owner; kiosk and family mount it with the person's details.
 */
export function CertifyFlow({ person, exitTo, onSaved, onApproved, renderSent }: CertifyFlowProps) {
  const { t } = useTranslation('certify');
  const { t: tCommon } = useTranslation('common');
  const { t: tSubmission } = useTranslation('submission');
  const { backend, outbox } = useCertification();
  const [, navigate] = useLocation();
  const [state, dispatch] = useReducer(certifyReducer, person, initialCertifyState);
  const notifySaved = useEffectEvent((entryId: string) => onSaved?.(entryId));
  // A person filling in details, checking their face or submitting is never offered a reload.
  useUpdateGate(true, 'certify');

  const startingPerson = state.step === 'starting' ? state.person : undefined;
  useEffect(() => {
    if (!startingPerson) return;
    const controller = new AbortController();
    backend.startSession(startingPerson, { signal: controller.signal }).then(
      (session) => dispatch({ type: 'session-started', session }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isBackendError(error) && error.serverCode === 'invalid-id-number') {
          dispatch({ type: 'start-refused-id', problem: error.problem ?? 'check-digit' });
        } else {
          dispatch({ type: 'start-failed', errorCode: startErrorCode(error) });
        }
      },
    );
    return () => controller.abort();
  }, [backend, startingPerson]);

  const saving = state.step === 'saving' ? state : undefined;
  useEffect(() => {
    if (!saving) return;
    let cancelled = false;
    outbox.enqueue({ person: saving.person, session: saving.session, evidence: saving.evidence }).then(
      (entry) => {
        if (cancelled) return;
        dispatch({ type: 'saved', entryId: entry.id });
        notifySaved(entry.id);
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

  switch (state.step) {
    case 'person':
      return (
        <Screen title={t('person.title')} backTo={exitTo}>
          {banner}
          <PersonForm
            initial={state.person}
            serverIdProblem={state.idProblem}
            onSubmit={(details) => dispatch({ type: 'person-entered', person: details })}
          />
        </Screen>
      );
    case 'starting':
      return (
        <Screen title={t('title')} backTo={exitTo}>
          {banner}
          <p className="loading" role="status">
            {t('starting')}
          </p>
        </Screen>
      );
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
          <LivenessFlow
            mode="certify"
            issueChallenges={alreadyIssued({ challenges: state.session.challenges, challengeId: state.session.sessionId, nonce: state.session.nonce })}
            backTo={exitTo}
            title={t('liveness.title')}
            onPassed={(evidence) => dispatch({ type: 'liveness-passed', evidence })}
            onExit={() => navigate(exitTo)}
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
            onSubmit={() => dispatch({ type: 'submit' })}
            onRedo={() => dispatch({ type: 'redo-liveness' })}
            onRestart={() => dispatch({ type: 'restart' })}
            onDiscard={() => navigate(exitTo)}
          />
        </Screen>
      );
    case 'sent':
      if (renderSent) return <>{renderSent(state.entryId)}</>;
      return (
        <Screen title={t('sent.title')} backTo={exitTo}>
          {banner}
          <SentEntry entryId={state.entryId} onCertifyAgain={() => dispatch({ type: 'restart' })} onApproved={onApproved} />
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

/** The saved submission, live from the outbox: 已保存… → 正在提交 → 已提交 → 审核中 → result. */
export function SentEntry({
  entryId,
  onCertifyAgain,
  onApproved,
}: {
  entryId: string;
  onCertifyAgain?: () => void;
  onApproved?: (entry: OutboxEntry) => void;
}) {
  const { outbox } = useCertification();
  const snapshot = useOutboxSnapshot();
  const entry = snapshot.entries.find((e) => e.id === entryId);
  const approvedAt = entry?.status?.state === 'approved' ? entry.status.decidedAt : undefined;
  const reported = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!entry || !approvedAt || reported.current === approvedAt) return;
    reported.current = approvedAt;
    onApproved?.(entry);
  }, [entry, approvedAt, onApproved]);
  if (!entry) return null;
  return (
    <OutboxEntryCard
      entry={entry}
      progress={snapshot.progress[entry.id]}
      outbox={outbox}
      certifyHref="/certify"
      onCertifyAgain={onCertifyAgain}
      allowForget={false}
    />
  );
}
