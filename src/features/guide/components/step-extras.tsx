import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Notice } from '../../../shared/ui/notice';
import { guideSteps, type GuideStepId } from '../model/guide-steps';

/** What the service is called on screen in different apps (Chinese in every language: it is what the person will see). */
const entryNames = ['社保待遇资格认证', '待遇资格认证', '养老资格认证', '资格认证', '社保认证', '生存认证', '我要认证', '年检认证'];

const faceActions = ['blink', 'mouth', 'turn', 'nod'] as const;

type StepExtrasProps = { step: GuideStepId; regionName: string | null; channelName: string | null };

function Points({ step }: { step: GuideStepId }) {
  const { t } = useTranslation('guide');
  const points = guideSteps.find((s) => s.id === step)?.points ?? [];
  return (
    <ul className="guide-points">
      {points.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}

/** The body of one guide step: its explanation, tips and any step-specific parts. */
export function StepExtras({ step, regionName, channelName }: StepExtrasProps) {
  const { t } = useTranslation('guide');
  const named = regionName !== null && channelName !== null;

  switch (step) {
    case 'install':
      return (
        <>
          <p className="lead">
            {named
              ? t('steps.install.bodyRegional', { region: regionName, channel: channelName })
              : t('steps.install.bodyNational')}
          </p>
          <Points step={step} />
          <Link href={regionName ? '/channels' : '/region'} className="btn btn-secondary btn-block">
            {t('steps.install.channelsLink')}
          </Link>
        </>
      );
    case 'find':
      return (
        <>
          <p className="lead">
            {channelName ? t('steps.find.bodyRegional', { channel: channelName }) : t('steps.find.bodyNational')}
          </p>
          <ul className="entry-names" lang="zh-CN">
            {entryNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <Points step={step} />
        </>
      );
    case 'face':
      return (
        <>
          <p className="lead">{t('steps.face.body')}</p>
          <h2>{t('steps.face.tipsHeading')}</h2>
          <Points step={step} />
          <h2>{t('steps.face.actionsHeading')}</h2>
          <ul className="guide-points">
            {faceActions.map((action) => (
              <li key={action}>{t(`steps.face.actions.${action}`)}</li>
            ))}
          </ul>
          <Notice>
            <p>{t('steps.face.practiceBody')}</p>
            <Link href="/practice" className="btn btn-secondary btn-block">
              {t('steps.face.practiceLink')}
            </Link>
          </Notice>
        </>
      );
    case 'result':
      return (
        <>
          <section aria-labelledby="counted-heading" className="guide-section">
            <h2 id="counted-heading">{t('steps.result.countedHeading')}</h2>
            <p>{t('steps.result.countedBody')}</p>
            <Notice tone="warning">
              <p>{t('steps.result.loginNote')}</p>
            </Notice>
          </section>
          <section aria-labelledby="failed-heading" className="guide-section">
            <h2 id="failed-heading">{t('steps.result.failedHeading')}</h2>
            <Points step={step} />
            <Link href="/offline-options" className="btn btn-secondary btn-block">
              {t('steps.result.offlineLink')}
            </Link>
          </section>
        </>
      );
    case 'login':
    case 'submit':
      return <Points step={step} />;
  }
}
