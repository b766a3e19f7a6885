import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Screen } from '../../../shared/ui/screen';
import type { SourceId } from '../data/reference-sources';
import { SourceList } from './source-list';
import './guide.css';

const options = [
  { id: 'community', sources: ['mohrssPress', 'chengduPoints'] },
  { id: 'agency', sources: ['mohrssPress', 'enrolment'] },
  { id: 'home', sources: ['mohrssPress', 'hainanHomeVisit'] },
  { id: 'bank', sources: ['heilongjiangBanks'] },
  { id: 'employer', sources: ['formerEmployer'] },
  { id: 'family', sources: ['helperFunction', 'eCardAndHelpers'] },
  { id: 'hotline', sources: ['qingdaoScam'] },
] as const satisfies readonly { id: string; sources: readonly SourceId[] }[];

export function OfflineOptionsScreen() {
  const { t } = useTranslation('offline');
  return (
    <Screen
      title={t('title')}
      backTo="/guide"
      footer={
        <Link href="/guide" className="btn btn-secondary btn-block">
          {t('guideLink')}
        </Link>
      }
    >
      <p className="lead">{t('lead')}</p>
      {options.map((option) => (
        <section key={option.id} aria-labelledby={`offline-${option.id}`} className="guide-section offline-option">
          <h2 id={`offline-${option.id}`}>
            {t(`items.${option.id}.heading`)}
          </h2>
          <p>{t(`items.${option.id}.body`)}</p>
          <p>
            <strong>{t('bringLabel')}</strong> {t(`items.${option.id}.bring`)}
          </p>
          <SourceList ids={option.sources} collapsed />
        </section>
      ))}
    </Screen>
  );
}
