import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIdNumberProblem } from '../../../../contract/id-number';
import type { PersonDetails } from '../../submission/model/certification-backend';
import { validatePersonForm, type PersonFormErrors, type PersonFormInput } from '../model/person-form';
import { TextField } from '../../../shared/ui/text-field';
import '../../submission/components/submission.css';

type Props = {
  initial?: PersonDetails;
  /** A problem the server found with the ID number (IdNumberProblem value), shown at once. */
  serverIdProblem?: string;
  onSubmit(person: PersonDetails): void;
  today?: () => Date;
};

/** Name, 身份证号 and an optional phone, with one plain message per problem next to its field. */
export function PersonForm({ initial, serverIdProblem, onSubmit, today = () => new Date() }: Props) {
  const { t } = useTranslation('certify');
  const ids = { name: useId(), id: useId(), phone: useId() };
  const [input, setInput] = useState<PersonFormInput>({
    name: initial?.name ?? '',
    idNumber: initial?.idNumber ?? '',
    phone: initial?.phone ?? '',
  });
  const [errors, setErrors] = useState<PersonFormErrors>(() =>
    serverIdProblem && isIdNumberProblem(serverIdProblem)
      ? { idNumber: { problem: serverIdProblem, lengthChars: (initial?.idNumber ?? '').length } }
      : {},
  );
  const nameRef = useRef<HTMLInputElement>(null);
  const idNumberRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validatePersonForm(input, today());
    if (result.ok) {
      setErrors({});
      onSubmit(result.person);
      return;
    }
    setErrors(result.errors);
    // Take the person straight to the first thing to fix.
    const first = result.errors.name ? nameRef : result.errors.idNumber ? idNumberRef : phoneRef;
    first.current?.focus();
  };

  const idError = errors.idNumber ? t(`person.error.id.${errors.idNumber.problem}`, { count: errors.idNumber.lengthChars }) : undefined;

  return (
    <form className="person-form" onSubmit={submit} noValidate>
      <p className="lead">{t('person.intro')}</p>
      <TextField
        inputRef={nameRef}
        id={ids.name}
        label={t('person.name')}
        hint={t('person.nameHint')}
        name="name"
        autoComplete="name"
        value={input.name}
        error={errors.name ? t('person.error.nameEmpty') : null}
        announceError={false}
        onChange={(name) => setInput({ ...input, name })}
      />
      <TextField
        inputRef={idNumberRef}
        id={ids.id}
        label={t('person.idNumber')}
        hint={t('person.idNumberHint')}
        name="idNumber"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        maxLength={22}
        value={input.idNumber}
        error={idError}
        announceError={false}
        onChange={(idNumber) => setInput({ ...input, idNumber })}
      />
      <TextField
        inputRef={phoneRef}
        id={ids.phone}
        label={t('person.phone')}
        hint={t('person.phoneHint')}
        name="phone"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        value={input.phone}
        error={errors.phone ? t('person.error.phone') : null}
        announceError={false}
        onChange={(phone) => setInput({ ...input, phone })}
      />
      <p>{t('person.privacy')}</p>
      <button type="submit" className="btn btn-primary btn-block">
        {t('person.next')}
      </button>
    </form>
  );
}
