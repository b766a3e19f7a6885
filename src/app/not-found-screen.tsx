import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Screen } from '../shared/ui/screen';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('error.title')} backTo="/">
      <p>{t('error.body')}</p>
      <Link href="/" className="btn btn-primary btn-block">
        {t('action.home')}
      </Link>
    </Screen>
  );
}
