import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isBackendError } from '../../submission/model/backend-error';
import type { CertificationBackend } from '../../submission/model/certification-backend';
import { normaliseLookup, type LookupProblems } from '../model/lookup-input';
import '../../submission/components/submission.css';

type Outcome = 'notFound' | 'tooMany' | 'network';

function outcomeOf(error: unknown): Outcome {
  if (isBackendError(error) && error.code === 'network') return 'network';
  if (isBackendError(error) && (error.status === 429 || error.serverCode === 'rate-limited')) return 'tooMany';
  return 'notFound';
}

/** A kiosk receipt's 查询码 + the ID number's last 4 → that submission's status on this phone. */
export function LookupForm({ backend, onFound }: { backend: CertificationBackend; onFound(statusToken: string): void }) {
  const { t } = useTranslation('status');
  const ids = { code: useId(), last4: useId() };
  const [shortCode, setShortCode] = useState('');
  const [idNumberLast4, setLast4] = useState('');
  const [problems, setProblems] = useState<LookupProblems>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = normaliseLookup({ shortCode, idNumberLast4 });
    setOutcome(undefined);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    backend
      .lookupStatusToken(checked.value.shortCode, checked.value.idNumberLast4)
      .then(onFound, (error: unknown) => setOutcome(outcomeOf(error)))
      .finally(() => setBusy(false));
  };

  return (
    <form className="person-form" onSubmit={submit} noValidate aria-labelledby={`${ids.code}-heading`}>
      <h2 id={`${ids.code}-heading`}>{t('lookup.heading')}</h2>
      <p>{t('lookup.intro')}</p>
      <div className="field">
        <label htmlFor={ids.code}>{t('lookup.code')}</label>
        <p className="field-hint" id={`${ids.code}-hint`}>
          {t('lookup.codeHint')}
        </p>
        <input
          id={ids.code}
          value={shortCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-invalid={problems.shortCode ? true : undefined}
          aria-describedby={`${ids.code}-hint${problems.shortCode ? ` ${ids.code}-error` : ''}`}
          onChange={(e) => setShortCode(e.target.value)}
        />
        {problems.shortCode && (
          <p className="field-error" id={`${ids.code}-error`}>
            {t(`lookup.${problems.shortCode}`)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.last4}>{t('lookup.last4')}</label>
        <p className="field-hint" id={`${ids.last4}-hint`}>
          {t('lookup.last4Hint')}
        </p>
        <input
          id={ids.last4}
          value={idNumberLast4}
          autoComplete="off"
          autoCapitalize="characters"
          inputMode="text"
          maxLength={4}
          aria-invalid={problems.idNumberLast4 ? true : undefined}
          aria-describedby={`${ids.last4}-hint${problems.idNumberLast4 ? ` ${ids.last4}-error` : ''}`}
          onChange={(e) => setLast4(e.target.value)}
        />
        {problems.idNumberLast4 && (
          <p className="field-error" id={`${ids.last4}-error`}>
            {t(`lookup.${problems.idNumberLast4}`)}
          </p>
        )}
      </div>
      {outcome && (
        <p className="field-error" role="alert">
          {t(`lookup.${outcome}`)}
        </p>
      )}
      <button type="submit" className="btn btn-secondary btn-block" disabled={busy}>
        {busy ? t('lookup.checking') : t('lookup.submit')}
      </button>
    </form>
  );
}
