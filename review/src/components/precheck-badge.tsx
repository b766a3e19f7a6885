import { useTranslation } from 'react-i18next';
import type { PrecheckSummary } from '../../../contract/review-api';
import { outcomeIcon, precheckTone, summaryParts } from '../model/format';

/** The pre-check summary in words and an icon, never colour alone; problems first, zeros left out. */
export function PrecheckBadge({ summary }: { summary: PrecheckSummary }) {
  const { t } = useTranslation('review');
  const tone = precheckTone(summary);
  const text =
    tone === 'pass'
      ? t('precheck.allPassed', { passed: summary.passed })
      : summaryParts(summary)
          .map(({ part, count }) => t(`precheck.part.${part}`, { count }))
          .join(t('precheck.separator'));
  return (
    <span className={`rv-tag rv-tag-${tone}`}>
      <span aria-hidden="true" className="rv-tag-icon">
        {outcomeIcon[tone]}
      </span>
      {text}
    </span>
  );
}
