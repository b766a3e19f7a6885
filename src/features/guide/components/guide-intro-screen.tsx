import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CertifyEntryLink } from './certify-entry-link';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { useGuideChannel } from '../hooks/use-guide-channel';
import { guideSteps } from '../model/guide-steps';
import { SourceList } from './source-list';
import './guide.css';

export function GuideIntroScreen() {
  const { t } = useTranslation('guide');
  const { regionName, channelName } = useGuideChannel();

  return (
    <Screen
      title={t('intro.title')}
      backTo={regionName ? '/channels' : '/'}
      footer={
        <Link href="/guide/1" className="btn btn-primary btn-block">
          {t('intro.start')}
        </Link>
      }
    >
      <p className="lead">{t('intro.lead')}</p>

      <section aria-labelledby="already-heading" className="guide-section">
        <h2 id="already-heading">{t('intro.alreadyHeading')}</h2>
        <p>{t('intro.alreadyBody')}</p>
        <h3>{t('intro.checkHeading')}</h3>
        <ol className="guide-points">
          <li>{t('intro.check1', { channel: channelName ?? '电子社保卡' })}</li>
          <li>{t('intro.check2')}</li>
          <li>{t('intro.check3')}</li>
        </ol>
      </section>

      <section aria-labelledby="no-phone-heading" className="guide-section">
        <h2 id="no-phone-heading">{t('intro.noPhoneHeading')}</h2>
        <p>{t('intro.noPhoneBody')}</p>
        <Link href="/offline-options" className="btn btn-secondary btn-block">
          {t('intro.noPhoneLink')}
        </Link>
      </section>

      {/* Only where the deployment runs a real certification backend (config.json backend.kind "http"). */}
      <CertifyEntryLink />

      {!regionName && (
        <Notice>
          <p>{t('intro.regionHint')}</p>
          <Link href="/region" className="btn btn-secondary btn-block">
            {t('intro.chooseRegion')}
          </Link>
        </Notice>
      )}

      <section aria-labelledby="steps-heading" className="guide-section">
        <h2 id="steps-heading">{t('intro.stepsHeading')}</h2>
        <ol className="guide-step-list">
          {guideSteps.map((step, index) => (
            <li key={step.id}>
              <Link href={`/guide/${index + 1}`} className="guide-step-link">
                {t('step.title', { number: index + 1, title: t(`steps.${step.id}.title`) })}
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <nav aria-label={t('intro.moreLabel')} className="guide-more">
        <Link href="/faq" className="btn btn-secondary btn-block">
          {t('intro.faqLink')}
        </Link>
        <Link href="/scam" className="btn btn-secondary btn-block">
          {t('intro.scamLink')}
        </Link>
      </nav>

      <SourceList ids={['mohrssModel', 'hainanSilent', 'weihaiCycle', 'checkRecord', 'mohrssPress']} collapsed />
    </Screen>
  );
}
