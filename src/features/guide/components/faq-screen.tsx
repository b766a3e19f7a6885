import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Disclosure } from '../../../shared/ui/disclosure';
import { Screen } from '../../../shared/ui/screen';
import { SourceList } from './source-list';
import { faqQuestions } from '../data/faq-questions';
import './guide.css';

export function FaqScreen() {
  const { t } = useTranslation('faq');
  return (
    <Screen
      title={t('title')}
      backTo="/guide"
      footer={
        <Link href="/offline-options" className="btn btn-secondary btn-block">
          {t('offlineLink')}
        </Link>
      }
    >
      <p className="lead">{t('lead')}</p>
      {faqQuestions.map((question) => (
        <Disclosure key={question.id} summary={t(`questions.${question.id}.q`)}>
          <p>{t(`questions.${question.id}.a`)}</p>
          <SourceList ids={question.sources} />
        </Disclosure>
      ))}
      <Link href="/scam" className="btn btn-secondary btn-block">
        {t('scamLink')}
      </Link>
    </Screen>
  );
}
