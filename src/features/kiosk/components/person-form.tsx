import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkIdNumber, type IdNumberProblem } from '../../../../contract/id-number';
import type { KioskPerson } from '../kiosk-person-store';
import { TextField } from '../../../shared/ui/text-field';
import { IdNumberField } from './id-number-field';

type Props = { busy: boolean; failed: boolean; onSubmit: (person: KioskPerson) => void };

/** Staff type the person's name and 身份证号; each kind of mistake gets its own plain message. */
export function PersonForm({ busy, failed, onSubmit }: Props) {
  const { t } = useTranslation('kiosk');
  const id = useId();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [nameError, setNameError] = useState(false);
  const [idProblem, setIdProblem] = useState<IdNumberProblem | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const check = checkIdNumber(idNumber);
    setNameError(trimmed === '');
    setIdProblem(check.valid ? null : check.problem);
    if (trimmed === '' || !check.valid) return;
    onSubmit({ name: trimmed, idNumber: check.normalized });
  }

  return (
    <form className="kiosk-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-name`}
        className="kiosk-field"
        label={t('person.name')}
        value={name}
        error={nameError ? t('person.nameMissing') : null}
        onChange={setName}
      />
      <IdNumberField
        id={id}
        className="kiosk-field"
        label={t('person.idNumber')}
        value={idNumber}
        problem={idProblem}
        onChange={setIdNumber}
      />
      {failed && (
        <p className="notice" role="alert">
          {t('person.startFailed')}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
        {busy ? t('person.starting') : t('person.next')}
      </button>
    </form>
  );
}
