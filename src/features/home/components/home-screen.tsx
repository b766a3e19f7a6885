import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAgency, useCertificationOffer } from '../../../shared/config/agency';
import { useServices } from '../../../shared/services';
import { Screen } from '../../../shared/ui/screen';
import { Icon, type IconName } from '../../../shared/ui/icons';
import '../home.css';

// Needs the outbox (its own chunk, loaded after the first render): home itself stays small.
const ProgressCard = lazy(() => import('./progress-card').then((m) => ({ default: m.ProgressCard })));

/** True from the frame after home is first on screen: what can wait does not delay that. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}

type Choice = { href: string; label: string; hint: string; icon: IconName; primary: boolean };

/**
 * One clear first choice per deployment: where an agency offers certification in this app
 * (config.json backend + agency), that is it, and the guide to the official channels follows;
 * everywhere else the guide is first, and says it is a guide. Staff mode belongs to staff devices:
 * offered here only where the deployment presets it (kiosk.preset).
 */
function useChoices(): Choice[] {
  const { t } = useTranslation('home');
  const { config } = useServices();
  const agency = useAgency();
  const real = useCertificationOffer() === 'real' && agency !== undefined;
  const choices: Choice[] = real
    ? [
        { href: '/certify', label: t('choice.certify'), hint: t('choice.certifyHint', { name: agency.name }), icon: 'face', primary: true },
        { href: '/region', label: t('choice.officialChannels'), hint: t('choice.officialChannelsHint'), icon: 'guide', primary: false },
      ]
    : [{ href: '/region', label: t('choice.guide'), hint: t('choice.guideHint'), icon: 'guide', primary: true }];
  choices.push(
    { href: '/practice', label: t('choice.practice'), hint: t('choice.practiceHint'), icon: 'face', primary: false },
    { href: '/family', label: t('choice.family'), hint: t('choice.familyHint'), icon: 'family', primary: false },
  );
  if (config.kiosk.preset === true) {
    choices.push({ href: '/kiosk', label: t('choice.staff'), hint: t('choice.staffHint'), icon: 'staff', primary: false });
  }
  return choices;
}

type HomeScreenProps = {
  /** Above the choices: a reminder that needs doing now (the routes give the due-date banner). */
  reminder?: ReactNode;
  /** Below the choices: quieter ways on (the routes give "am I due?"). */
  more?: ReactNode;
};

/**
 * The four ways in. What other features add to it comes through the routes (src/app/routes.tsx),
 * which take only the pieces home shows, so the first page load stays small.
 */
export function HomeScreen({ reminder, more }: HomeScreenProps) {
  const { t } = useTranslation('home');
  const choices = useChoices();
  const painted = useAfterFirstPaint();
  return (
    <Screen title={t('title')}>
      <p className="lead">{t('intro')}</p>
      {painted && (
        <Suspense fallback={null}>
          <ProgressCard />
        </Suspense>
      )}
      {reminder}
      <nav aria-label={t('title')}>
        <ul className="choice-list">
          {choices.map((choice) => (
            <li key={choice.href}>
              <Link href={choice.href} className={choice.primary ? 'choice choice-primary' : 'choice'}>
                <Icon name={choice.icon} className="choice-icon" />
                <span className="choice-text">
                  <span className="choice-label">{choice.label}</span>
                  <span className="choice-hint">{choice.hint}</span>
                </span>
                <Icon name="forward" className="choice-arrow" />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {more}
      <Link href="/settings" className="btn btn-secondary btn-block">
        <Icon name="settings" className="icon" />
        {t('settings')}
      </Link>
      <p className="small-print">{t('disclaimer')}</p>
    </Screen>
  );
}
