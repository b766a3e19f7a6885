import { useTranslation } from 'react-i18next';
import type { PrecheckResult, PrecheckSummary } from '../../../contract/review-api';
import { isKnownPrecheckCode, outcomeIcon } from '../model/format';
import { precheckNoteText, type ReviewTranslate } from '../model/precheck-notes';
import { PrecheckBadge } from './precheck-badge';

export function PrecheckList({ summary, results }: { summary: PrecheckSummary; results: PrecheckResult[] }) {
  const { t, i18n } = useTranslation('review');
  // Keys built from the server's codes (checked against the contract's list; tests/review proves
  // every code has words in every language).
  const translate: ReviewTranslate = (key, values) => String(t(key as never, values));
  return (
    <section aria-labelledby="rv-precheck">
      <h2 id="rv-precheck">{t('precheck.title')}</h2>
      <p>{t('precheck.intro')}</p>
      <p>
        <PrecheckBadge summary={summary} />
      </p>
      <ul className="rv-checks">
        {results.map((result) => (
          <li key={result.check} className={`rv-check-row rv-tag-${result.outcome}`}>
            <span className="rv-check-outcome">
              <span aria-hidden="true" className="rv-tag-icon">
                {outcomeIcon[result.outcome]}
              </span>
              {t(`precheck.outcome.${result.outcome}`)}
            </span>
            <span className="rv-check-text">
              <span className="rv-check-name">
                {isKnownPrecheckCode(result.check) ? t(`precheck.checks.${result.check}`) : result.check}
              </span>
              <PrecheckDetail result={result} t={translate} language={i18n.language} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Why, in the console's language, from the server's notes. A result stored before notes existed, or
 * a note this console has no words for, shows the server's English detail, marked as English.
 */
function PrecheckDetail({ result, t, language }: { result: PrecheckResult; t: ReviewTranslate; language: string }) {
  const texts = (result.notes ?? []).map((note) => precheckNoteText(note, t, language));
  if (texts.length > 0 && texts.every((text) => text !== null)) return <span>{texts.join(' ')}</span>;
  return (
    <span>
      {t('precheck.englishOnly')} <span lang="en">{result.detail}</span>
    </span>
  );
}
