import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Icon, type IconName } from '../../../shared/ui/icons';
import { Screen } from '../../../shared/ui/screen';
import type { SourceId } from '../data/reference-sources';
import { SourceList } from './source-list';
import './guide.css';

const items = [
  { id: 'official', icon: 'success', sources: ['mohrssModel', 'mohrssPress'] },
  { id: 'money', icon: 'danger', sources: ['qingdaoScam', 'chongqingScam'] },
  { id: 'sms', icon: 'warning', sources: ['qingdaoScam', 'chongqingScam'] },
  { id: 'rumour', icon: 'info', sources: ['mohrssModel', 'tengzhouRumour', 'rumourRebuttal'] },
] as const satisfies readonly { id: string; icon: IconName; sources: readonly SourceId[] }[];

export function ScamScreen() {
  const { t } = useTranslation('scam');
  return (
    <Screen
      title={t('title')}
      backTo="/guide"
      footer={
        <Link href="/channels" className="btn btn-primary btn-block">
          {t('channelsLink')}
        </Link>
      }
    >
      <p className="lead">{t('lead')}</p>
      {items.map((item) => (
        <section key={item.id} aria-labelledby={`scam-${item.id}`} className="guide-section">
          <h2 id={`scam-${item.id}`}>
            <Icon name={item.icon} className="heading-icon" />
            {t(`items.${item.id}.heading`)}
          </h2>
          <p>{t(`items.${item.id}.body`)}</p>
          <SourceList ids={item.sources} collapsed />
        </section>
      ))}
    </Screen>
  );
}
