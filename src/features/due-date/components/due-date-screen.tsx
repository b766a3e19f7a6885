import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';
import { useDueDateStore } from '../due-date-store';
import { useToday } from '../hooks/use-today';
import { nextDueDate } from '../model/due-date-rules';
import { AddToCalendarButton } from './add-to-calendar-button';
import { DueDateForm } from './due-date-form';
import { DueSummary } from './due-summary';
import '../due-date.css';

/** `/due`: "am I due?" for the phone's owner. */
export function DueDateScreen() {
  const { t } = useTranslation('due');
  const own = useDueDateStore((s) => s.own);
  const setOwn = useDueDateStore((s) => s.setOwn);
  const clearOwn = useDueDateStore((s) => s.clearOwn);
  const today = useToday();
  const [editing, setEditing] = useState(false);

  const showForm = editing || own === null;
  return (
    <Screen title={t('title')} backTo="/">
      {showForm ? (
        <>
          <p className="lead">{t('intro')}</p>
          <DueDateForm
            initial={own ?? undefined}
            today={today}
            onSave={(value) => {
              setOwn({ ...value, source: 'entered' });
              setEditing(false);
            }}
          />
        </>
      ) : (
        <DueResultView
          own={own}
          today={today}
          onEdit={() => setEditing(true)}
          onClear={() => {
            clearOwn();
            setEditing(false);
          }}
        />
      )}
    </Screen>
  );
}

type ResultProps = {
  own: NonNullable<ReturnType<typeof useDueDateStore.getState>['own']>;
  today: string;
  onEdit: () => void;
  onClear: () => void;
};

function DueResultView({ own, today, onEdit, onClear }: ResultProps) {
  const { t } = useTranslation('due');
  const due = nextDueDate(own);
  return (
    <section aria-labelledby="due-result-heading">
      <h2 id="due-result-heading">{t('result.heading')}</h2>
      <DueSummary due={due} today={today} />
      {own.source === 'approved-in-app' && <p>{t('result.fromApproval')}</p>}
      <AddToCalendarButton due={due} today={today} uidPrefix="own" />
      <button type="button" className="btn btn-secondary btn-block" onClick={onEdit}>
        {t('change')}
      </button>
      <button type="button" className="btn btn-secondary btn-block" onClick={onClear}>
        {t('clear')}
      </button>
    </section>
  );
}
