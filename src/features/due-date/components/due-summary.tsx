import { useTranslation } from 'react-i18next';
import { dueStateOn, type DueResult } from '../model/due-date-rules';
import { formatCalendarDateLong } from '../model/format-date';
import type { CalendarDate } from '../../../../contract/calendar-date';
import { Icon } from '../../../shared/ui/icons';
import '../due-date.css';

/** The next due date in words, with how it was worked out and where the rule comes from. */
export function DueSummary({ due, today, showRule = true }: { due: DueResult; today: CalendarDate; showRule?: boolean }) {
  const { t, i18n } = useTranslation('due');
  const state = dueStateOn(due, today);
  const date = (value: CalendarDate) => formatCalendarDateLong(value, i18n.language);
  return (
    <div className="due-summary">
      <p className="due-date-line">
        <strong>{t('result.dueBy', { date: date(due.dueBy) })}</strong>
      </p>
      <p className={state.kind === 'not-yet' ? undefined : 'due-state-warning'}>
        {state.kind !== 'not-yet' && <Icon name="warning" className="icon" />}
        {state.kind === 'overdue' ? t('state.overdue', { days: state.daysLate }) : t(`state.${state.kind}`, { days: state.daysLeft })}
      </p>
      {showRule && (
        <>
          <p>{t('result.rule', { rule: t(`rule.${due.rule.id}`) })}</p>
          <p className="small-print">
            {t('result.source', { source: due.rule.source.title })}{' '}
            <a href={due.rule.source.url} target="_blank" rel="noopener noreferrer">
              {due.rule.source.url.replace(/^https?:\/\//, '').split('/')[0]}
            </a>
          </p>
          <p className="small-print">{t('result.official')}</p>
        </>
      )}
    </div>
  );
}
