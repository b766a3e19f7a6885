import { useTranslation } from 'react-i18next';
import type { PrecheckResult, PrecheckSummary } from '../../../contract/review-api';
import { isKnownPrecheckCode, outcomeIcon } from '../model/format';
import { PrecheckBadge } from './precheck-badge';

export function PrecheckList({ summary, results }: { summary: PrecheckSummary; results: PrecheckResult[] }) {
  const { t } = useTranslation('review');
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
              <span lang="en">{result.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
