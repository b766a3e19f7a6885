import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isBackendError } from '../../../adapters/backend/backend-error';
import type { CertificationBackend } from '../../../adapters/backend/certification-backend';
import { normaliseLookup, type LookupProblems } from '../model/lookup-input';
import { formatReceiptCode, normalizeReceiptCode } from '../../../../contract/receipt-code';
import { TextField } from '../../../shared/ui/text-field';

type Outcome = 'notFound' | 'tooMany' | 'locked' | 'network';

function outcomeOf(error: unknown): Outcome {
  if (isBackendError(error) && error.code === 'network') return 'network';
  if (isBackendError(error) && (error.status === 429 || error.serverCode === 'rate-limited')) return 'tooMany';
  // Too many wrong ID-number endings: the code no longer opens anything (the receipt's QR code still does).
  if (isBackendError(error) && error.serverCode === 'short-code-locked') return 'locked';
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

  const typed = formatReceiptCode(normalizeReceiptCode(shortCode));

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
      <TextField
        id={ids.code}
        label={t('lookup.code')}
        hint={t('lookup.codeHint')}
        value={shortCode}
        // 16 digits: the big number pad. Printed in groups of four; the spaces may be typed or not.
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={24}
        error={problems.shortCode ? t(`lookup.${problems.shortCode}`) : null}
        announceError={false}
        onChange={setShortCode}
      />
      {typed !== '' && (
        // At large text sizes the field cannot show 16 digits at once: what was typed, in the receipt's groups, to compare.
        <p className="field-hint lookup-typed">{t('lookup.typed', { digits: typed.replace(/\s/g, '').length, code: typed })}</p>
      )}
      <TextField
        id={ids.last4}
        label={t('lookup.last4')}
        hint={t('lookup.last4Hint')}
        value={idNumberLast4}
        autoCapitalize="characters"
        inputMode="text"
        maxLength={4}
        error={problems.idNumberLast4 ? t(`lookup.${problems.idNumberLast4}`) : null}
        announceError={false}
        onChange={setLast4}
      />
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
