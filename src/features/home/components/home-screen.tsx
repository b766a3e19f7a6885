import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Screen } from '../../../shared/ui/screen';
import { Icon, type IconName } from '../../../shared/ui/icons';
import { DueDateLink, DueReminderBanner } from '../../due-date';

const choices = [
  { href: '/region', label: 'choice.guide', hint: 'choice.guideHint', icon: 'guide', primary: true },
  { href: '/practice', label: 'choice.practice', hint: 'choice.practiceHint', icon: 'face', primary: false },
  { href: '/family', label: 'choice.family', hint: 'choice.familyHint', icon: 'family', primary: false },
  { href: '/kiosk', label: 'choice.staff', hint: 'choice.staffHint', icon: 'staff', primary: false },
] as const satisfies readonly { href: string; label: string; hint: string; icon: IconName; primary: boolean }[];

export function HomeScreen() {
  const { t } = useTranslation('home');
  return (
    <Screen title={t('title')}>
      <p className="lead">{t('intro')}</p>
      <DueReminderBanner />
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
      <DueDateLink />
      <Link href="/settings" className="btn btn-secondary btn-block">
        <Icon name="settings" className="icon" />
        {t('settings')}
      </Link>
      <p className="small-print">{t('disclaimer')}</p>
    </Screen>
  );
}
