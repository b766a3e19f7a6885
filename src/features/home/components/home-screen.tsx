import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Screen } from '../../../shared/ui/screen';
import { Icon, type IconName } from '../../../shared/ui/icons';

const choices = [
  { href: '/region', label: 'choice.guide', hint: 'choice.guideHint', icon: 'guide', primary: true },
  { href: '/practice', label: 'choice.practice', hint: 'choice.practiceHint', icon: 'face', primary: false },
  { href: '/family', label: 'choice.family', hint: 'choice.familyHint', icon: 'family', primary: false },
  { href: '/kiosk', label: 'choice.staff', hint: 'choice.staffHint', icon: 'staff', primary: false },
] as const satisfies readonly { href: string; label: string; hint: string; icon: IconName; primary: boolean }[];

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
  return (
    <Screen title={t('title')}>
      <p className="lead">{t('intro')}</p>
      {reminder}
      <nav aria-label={t('title')}>
        <ul className="choice-list">
          {choices.map((choice) => (
            <li key={choice.href}>
              <Link href={choice.href} className={choice.primary ? 'choice choice-primary' : 'choice'}>
                <Icon name={choice.icon} className="choice-icon" />
                <span className="choice-text">
                  <span className="choice-label">{t(choice.label)}</span>
                  <span className="choice-hint">{t(choice.hint)}</span>
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
