import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { CheckItem } from '../../../shared/ui/check-item';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { StepProgress } from '../../../shared/ui/step-progress';
import { useGuideChecklistStore } from '../guide-checklist-store';
import { useGuideChannel } from '../hooks/use-guide-channel';
import { guideStepCount, stepFromParam, type GuideStep } from '../model/guide-steps';
import { SourceList } from './source-list';
import { StepExtras } from './step-extras';
import './guide.css';

export function GuideStepScreen() {
  const { t } = useTranslation('guide');
  const params = useParams<{ step: string }>();
  const found = stepFromParam(params.step);
  const number = found?.number;

  // The same screen stays mounted from step to step: start each step at its top, and move focus to
  // the new heading so screen-reader users hear that the step changed.
  useEffect(() => {
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    document.querySelector<HTMLElement>('.screen-header h1')?.focus({ preventScroll: true });
  }, [number]);

  if (!found) {
    return (
      <Screen title={t('step.notFound')} backTo="/guide">
        <Link href="/guide/1" className="btn btn-primary btn-block">
          {t('step.startOver')}
        </Link>
      </Screen>
    );
  }
  return <StepContent step={found.step} number={found.number} />;
}

function StepContent({ step, number }: { step: GuideStep; number: number }) {
  const { t } = useTranslation('guide');
  const { regionName, channelName } = useGuideChannel();
  const ticked = useGuideChecklistStore((s) => s.ticked);
  const setTicked = useGuideChecklistStore((s) => s.setTicked);
  const isLast = number === guideStepCount;
  const previousHref = number === 1 ? '/guide' : `/guide/${number - 1}`;

  return (
    <Screen
      title={t('step.title', { number, title: t(`steps.${step.id}.title`) })}
      backTo="/guide"
      footer={
        <div className="guide-nav">
          {isLast ? (
            <Link href="/" className="btn btn-primary btn-block">
              {t('step.finish')}
            </Link>
          ) : (
            <Link href={`/guide/${number + 1}`} className="btn btn-primary btn-block">
              {t('step.next')}
              <span aria-hidden="true" className="nav-arrow-after">
                ›
              </span>
            </Link>
          )}
          <Link href={previousHref} className="btn btn-secondary btn-block">
            <span aria-hidden="true" className="nav-arrow-before">
              ‹
            </span>
            {number === 1 ? t('step.toIntro') : t('step.previous')}
          </Link>
        </div>
      }
    >
      <StepProgress current={number} total={guideStepCount} />
      <StepExtras step={step.id} regionName={regionName} channelName={channelName} />

      <section aria-labelledby="checklist-heading" className="guide-section">
        <h2 id="checklist-heading">{t('step.checklistHeading')}</h2>
        {step.checks.map((key) => (
          <CheckItem key={key} checked={ticked[key] === true} onChange={(checked) => setTicked(key, checked)}>
            {t(key)}
          </CheckItem>
        ))}
        <p className="small-print">{t('step.checklistNote')}</p>
      </section>

      {isLast && (
        <Notice tone="info">
          <p>{t('steps.result.disclaimer')}</p>
        </Notice>
      )}
      <SourceList ids={step.sources} collapsed />
    </Screen>
  );
}
