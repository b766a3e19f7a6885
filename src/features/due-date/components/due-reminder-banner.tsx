import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDueDateStore } from '../due-date-store';
import { useToday } from '../hooks/use-today';
import { dueStateOn, nextDueDate } from '../model/due-date-rules';
import { formatCalendarDateLong } from '../model/format-date';
import { AddToCalendarButton } from './add-to-calendar-button';
import '../due-date.css';
import { Icon } from '../../../shared/ui/icons';

/**
 * Home's reminder: from month 10 of the cycle on (or when overdue), at the top of home, each time
 * the app is opened. Shows nothing before then. Loaded only where a date is saved
 * (due-reminder-slot.tsx).
 */
export function DueReminderBanner() {
  const { t, i18n } = useTranslation('due');
  const own = useDueDateStore((s) => s.own);
  const today = useToday();
  if (!own) return null;
  const due = nextDueDate({ lastCertifiedOn: own.lastCertifiedOn, provinceCode: own.provinceCode, benefitType: own.benefitType });
  const state = dueStateOn(due, today);
  if (state.kind === 'not-yet') return null;
  return (
    <section className="due-banner" aria-label={t('banner.label')}>
      <p className="due-banner-text">
        <Icon name="warning" className="icon" />
        {state.kind === 'overdue' ? t('banner.overdue') : t('banner.soon', { date: formatCalendarDateLong(due.dueBy, i18n.language) })}
      </p>
      <div className="due-banner-actions">
        <Link href="/region" className="btn btn-primary">
          {t('banner.howTo')}
        </Link>
        <Link href="/due" className="btn btn-secondary">
          {t('banner.details')}
        </Link>
      </div>
      <AddToCalendarButton due={due} today={today} uidPrefix="own" />
    </section>
  );
}
