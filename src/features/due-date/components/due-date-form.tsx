import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui/text-field';
import { compareCalendarDates, isCalendarDate, type CalendarDate } from '../../../../contract/calendar-date';
import { RegionPicker, useChosenRegion } from '../../region';
import { benefitTypes, isBenefitType, type BenefitType } from '../model/due-date-rules';
import '../due-date.css';

export type DueFormValue = { lastCertifiedOn: CalendarDate; provinceCode: string | null; benefitType: BenefitType | null };

type Props = { initial?: Partial<DueFormValue>; today: CalendarDate; onSave: (value: DueFormValue) => void };

/** Last certification day, province and benefit type: the three facts the due rules need. */
export function DueDateForm({ initial, today, onSave }: Props) {
  const { t } = useTranslation('due');
  const id = useId();
  const [date, setDate] = useState(initial?.lastCertifiedOn ?? '');
  // Prefilled with the region chosen in the guide, where nothing is known yet (any province: those
  // without rules of their own use the national ones).
  const chosenRegionCode = useChosenRegion().region?.code ?? null;
  const [province, setProvince] = useState<string | null>(initial?.provinceCode ?? chosenRegionCode);
  const [benefit, setBenefit] = useState<BenefitType>(initial?.benefitType ?? 'employee');
  const [error, setError] = useState<'dateMissing' | 'dateFuture' | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isCalendarDate(date)) return setError('dateMissing');
    if (compareCalendarDates(date, today) > 0) return setError('dateFuture');
    setError(null);
    onSave({ lastCertifiedOn: date, provinceCode: province, benefitType: benefit });
  }

  return (
    <form className="due-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-date`}
        label={t('form.lastDate')}
        hint={t('form.lastDateHint')}
        type="date"
        max={today}
        value={date}
        error={error ? t(`form.${error}`) : null}
        onChange={setDate}
      />
      <RegionPicker legend={t('form.province')} value={province} onChange={setProvince} />
      <fieldset className="option-group">
        <legend>{t('form.benefit')}</legend>
        {benefitTypes.map((type) => (
          <label key={type} className="option">
            <input
              type="radio"
              name={`${id}-benefit`}
              value={type}
              checked={benefit === type}
              onChange={(event) => isBenefitType(event.target.value) && setBenefit(event.target.value)}
            />
            {t(`benefit.${type}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary btn-block">
        {t('form.save')}
      </button>
    </form>
  );
}
