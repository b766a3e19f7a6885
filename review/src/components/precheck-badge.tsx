import { useTranslation } from 'react-i18next';
import type { PrecheckSummary } from '../../../server/src/contract/review-api';
import { outcomeIcon, precheckTone } from '../model/format';

/** The pre-check summary in words and an icon, never colour alone. */
export function PrecheckBadge({ summary }: { summary: PrecheckSummary }) {
  const { t } = useTranslation('review');
  const tone = precheckTone(summary);
  const text =
    tone === 'pass' ? t('precheck.allPassed', { passed: summary.passed }) : t('precheck.summary', { ...summary });
  return (
    <span className={`rv-tag rv-tag-${tone}`}>
      <span aria-hidden="true" className="rv-tag-icon">
        {outcomeIcon[tone]}
      </span>
      {text}
    </span>
  );
}
