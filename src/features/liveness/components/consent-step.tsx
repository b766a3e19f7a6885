import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Screen } from '../../../shared/ui/screen';

type ConsentStepProps = {
  title: string;
  backTo: string;
  mode: 'practice' | 'certify';
  onAgree(): void;
  onBack(): void;
  /** Under the list: who the photo and video go to (certify). */
  children?: ReactNode;
};

/**
 * The separate consent for face data (PIPL Art. 29-30): purpose, necessity, impact, where it is
 * processed, retention, how to withdraw, and a way to say no that leads to the non-face options.
 */
export function ConsentStep({ title, backTo, mode, onAgree, onBack, children }: ConsentStepProps) {
  const { t } = useTranslation('liveness');
  const { t: tc } = useTranslation('common');
  const practice = mode === 'practice';
  const items = [
    ['consent.purposeTitle', 'consent.purpose'],
    ['consent.necessityTitle', 'consent.necessity'],
    ['consent.impactTitle', 'consent.impact'],
    ['consent.processingTitle', practice ? 'consent.processingPractice' : 'consent.processingCertify'],
    ['consent.retentionTitle', practice ? 'consent.retentionPractice' : 'consent.retentionCertify'],
    ['consent.withdrawTitle', 'consent.withdraw'],
  ] as const;
  return (
    <Screen
      title={title}
      backTo={backTo}
      footer={
        <>
          <button type="button" className="btn btn-primary btn-block" onClick={onAgree}>
            {t('consent.agree')}
          </button>
          <Link href="/offline-options" className="btn btn-secondary btn-block">
            {t('consent.decline')}
          </Link>
          <button type="button" className="btn btn-secondary btn-block" onClick={onBack}>
            {tc('action.previous')}
          </button>
        </>
      }
    >
      <h2>{t('consent.title')}</h2>
      <p className="lead">{t('consent.lead')}</p>
      <dl className="consent-list">
        {items.map(([term, detail]) => (
          <div key={term} className="consent-item">
            <dt>{t(term)}</dt>
            <dd>{t(detail)}</dd>
          </div>
        ))}
      </dl>
      {children}
      <p className="notice">{t('consent.alternative')}</p>
    </Screen>
  );
}
