import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Icon } from '../../../shared/ui/icons';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';

/**
 * Where config.json names no agency: the page says plainly why it asks for no face and no ID
 * number here, and leads to the guide to the official channels, which works for everyone.
 */
export function NotOffered({ exitTo }: { exitTo: string }) {
  const { t } = useTranslation('certify');
  return (
    <Screen title={t('notOffered.title')} backTo={exitTo}>
      <Notice tone="warning" title={t('notOffered.title')}>
        <p>{t('notOffered.body')}</p>
      </Notice>
      <p className="lead">{t('notOffered.next')}</p>
      <Link href="/region" className="btn btn-primary btn-block">
        <Icon name="guide" className="icon" />
        {t('notOffered.guide')}
      </Link>
    </Screen>
  );
}
