import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Screen } from '../../../shared/ui/screen';

const choices = [
  { href: '/region', label: 'choice.guide', hint: 'choice.guideHint', icon: '📋', primary: true },
  { href: '/practice', label: 'choice.practice', hint: 'choice.practiceHint', icon: '🙂', primary: false },
  { href: '/family', label: 'choice.family', hint: 'choice.familyHint', icon: '👪', primary: false },
  { href: '/kiosk', label: 'choice.staff', hint: 'choice.staffHint', icon: '🏢', primary: false },
] as const;

export function HomeScreen() {
  const { t } = useTranslation('home');
  return (
    <Screen title={t('title')}>
      <p className="lead">{t('intro')}</p>
      <nav aria-label={t('title')}>
        <ul className="choice-list">
          {choices.map((choice) => (
            <li key={choice.href}>
              <Link href={choice.href} className={choice.primary ? 'choice choice-primary' : 'choice'}>
                <span className="choice-icon" aria-hidden="true">
                  {choice.icon}
                </span>
                <span className="choice-text">
                  <span className="choice-label">{t(choice.label)}</span>
                  <span className="choice-hint">{t(choice.hint)}</span>
                </span>
                <span className="choice-arrow" aria-hidden="true">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Link href="/settings" className="btn btn-secondary btn-block">
        <span aria-hidden="true" className="icon">⚙️</span>
        {t('settings')}
      </Link>
      <p className="small-print">{t('disclaimer')}</p>
    </Screen>
  );
}
