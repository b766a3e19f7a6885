import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewReason, SubmissionDetails } from '../../../contract/review-api';
import { useApiResource } from '../hooks/use-api-resource';
import { errorCodeOf } from '../model/error-messages';
import { formatDateTime } from '../model/format';
import { draftProblem, reasonLabel, reasonsFor, type Decision, type DecisionDraft, type DraftProblem } from '../model/reasons';
import { useReviewSession } from '../session/review-session';
import { ErrorMessage } from './error-message';
import { LoadingMessage } from './review-page';

const decisions: readonly Decision[] = ['approve', 'reject', 'redo'];

export function DecisionPanel({ details, onDecided }: { details: SubmissionDetails; onDecided: (decision: Decision) => void }) {
  const { t, i18n } = useTranslation('review');
  const { api } = useReviewSession();
  const reasons = useApiResource('reasons', (signal) => api.reasons(signal));

  if (details.decision) {
    const { decision, reasonCode, reasonText, decidedAt, decidedBy } = details.decision;
    const reason = reasons.status === 'ready' ? reasons.data.find((r) => r.code === reasonCode) : undefined;
    return (
      <section aria-labelledby="rv-decision" className="rv-panel">
        <h2 id="rv-decision">{t('decision.title')}</h2>
        <p className="rv-strong">{t('decision.decided', { decision: t(`decision.${decision}`) })}</p>
        {reasonCode && <p>{t('decision.confirmReason', { reason: reason ? reasonLabel(reason, i18n.language) : reasonCode })}</p>}
        {reasonText && <p>{t('decision.confirmNote', { note: reasonText })}</p>}
        <p>{t('decision.decidedBy', { by: decidedBy, at: formatDateTime(decidedAt, i18n.language) })}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="rv-decision" className="rv-panel">
      <h2 id="rv-decision">{t('decision.title')}</h2>
      {reasons.status === 'loading' && <LoadingMessage />}
      {reasons.status === 'error' && <ErrorMessage error={reasons.error} onRetry={reasons.reload} />}
      {reasons.status === 'ready' && <DecisionForm details={details} reasons={reasons.data} onDecided={onDecided} />}
    </section>
  );
}

function DecisionForm({
  details,
  reasons,
  onDecided,
}: {
  details: SubmissionDetails;
  reasons: ReviewReason[];
  onDecided: (decision: Decision) => void;
}) {
  const { t, i18n } = useTranslation('review');
  const { api, expire, drafts } = useReviewSession();
  const [draft, setDraftState] = useState<DecisionDraft>(() => drafts.get(details.id) ?? { decision: null, reasonCode: '', note: '' });
  const setDraft = (update: (current: DecisionDraft) => DecisionDraft) =>
    setDraftState((current) => {
      const next = update(current);
      drafts.set(details.id, next);
      return next;
    });
  const [problem, setProblem] = useState<DraftProblem>(null);
  const [step, setStep] = useState<'edit' | 'confirm' | 'saving'>('edit');
  const [saveError, setSaveError] = useState<unknown>(null);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const available = draft.decision ? reasonsFor(reasons, draft.decision) : [];
  const chosenReason = available.find((reason) => reason.code === draft.reasonCode);

  useEffect(() => {
    if (step === 'confirm') confirmHeadingRef.current?.focus();
  }, [step]);

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = draftProblem(draft);
    setProblem(found);
    if (found === null) {
      setSaveError(null);
      setStep('confirm');
    }
  }

  async function confirm() {
    if (draft.decision === null) return;
    setStep('saving');
    setSaveError(null);
    try {
      const note = draft.note.trim();
      await api.decide(details.id, {
        decision: draft.decision,
        ...(draft.decision !== 'approve' ? { reasonCode: draft.reasonCode } : {}),
        ...(draft.decision !== 'approve' && note !== '' ? { reasonText: note } : {}),
      });
      drafts.delete(details.id);
      onDecided(draft.decision);
    } catch (error) {
      if (errorCodeOf(error) === 'not-signed-in') {
        expire();
        return;
      }
      setSaveError(error);
      setStep('confirm');
    }
  }

  if (step !== 'edit' && draft.decision !== null) {
    const question = { approve: 'decision.confirmApprove', reject: 'decision.confirmReject', redo: 'decision.confirmRedo' } as const;
    return (
      <div className="rv-confirm" role="group" aria-labelledby="rv-confirm-title">
        <h3 id="rv-confirm-title" ref={confirmHeadingRef} tabIndex={-1}>
          {t('decision.confirmTitle')}
        </h3>
        <p className="rv-strong">{t(question[draft.decision], { name: details.name })}</p>
        {chosenReason && <p>{t('decision.confirmReason', { reason: reasonLabel(chosenReason, i18n.language) })}</p>}
        {draft.decision !== 'approve' && draft.note.trim() !== '' && (
          <p>{t('decision.confirmNote', { note: draft.note.trim() })}</p>
        )}
        {saveError !== null && <ErrorMessage error={saveError} />}
        <div className="rv-actions">
          <button type="button" className="rv-btn rv-btn-primary" disabled={step === 'saving'} onClick={() => void confirm()}>
            {step === 'saving' ? t('decision.saving') : t('decision.confirm')}
          </button>
          <button type="button" className="rv-btn rv-btn-secondary" disabled={step === 'saving'} onClick={() => setStep('edit')}>
            {t('decision.change')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="rv-form" onSubmit={next} noValidate>
      <fieldset className="rv-choices" aria-invalid={problem === 'needChoice'}>
        <legend>{t('decision.choose')}</legend>
        {decisions.map((decision) => (
          <label key={decision} className="rv-option rv-option-block">
            <input
              type="radio"
              name="decision"
              value={decision}
              checked={draft.decision === decision}
              onChange={() => {
                setDraft((d) => ({ ...d, decision, reasonCode: '' }));
                setProblem(null);
              }}
            />
            <span>{t(`decision.${decision}`)}</span>
          </label>
        ))}
      </fieldset>
      {draft.decision !== null && draft.decision !== 'approve' && (
        <>
          <label className="rv-field">
            <span>{t('decision.reason')}</span>
            <select
              name="reason"
              value={draft.reasonCode}
              aria-invalid={problem === 'needReason'}
              onChange={(event) => {
                setDraft((d) => ({ ...d, reasonCode: event.target.value }));
                setProblem(null);
              }}
            >
              <option value="">{t('decision.reasonPlaceholder')}</option>
              {available.map((reason) => (
                <option key={reason.code} value={reason.code}>
                  {reasonLabel(reason, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <label className="rv-field">
            <span>{t('decision.note')}</span>
            <span className="rv-hint">{t('decision.noteHint')}</span>
            <textarea
              name="note"
              rows={3}
              maxLength={1000}
              value={draft.note}
              onChange={(event) => setDraft((d) => ({ ...d, note: event.target.value }))}
            />
          </label>
        </>
      )}
      {problem !== null && (
        <p className="rv-error" role="alert">
          <span aria-hidden="true" className="rv-icon">
            ⚠
          </span>
          {t(`decision.${problem}`)}
        </p>
      )}
      <button type="submit" className="rv-btn rv-btn-primary">
        {t('decision.next')}
      </button>
    </form>
  );
}
