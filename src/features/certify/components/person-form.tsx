import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetails } from '../../submission/model/certification-backend';
import { validatePersonForm, type PersonFormErrors, type PersonFormInput } from '../model/person-form';
import '../../submission/components/submission.css';

type Props = {
  initial?: PersonDetails;
  /** A problem the server found with the ID number (IdNumberProblem value), shown at once. */
  serverIdProblem?: string;
  onSubmit(person: PersonDetails): void;
  today?: () => Date;
};

const idProblems = ['empty', 'wrong-length', 'bad-characters', 'lowercase-x', 'bad-region', 'bad-birth-date', 'check-digit'] as const;
type IdProblem = (typeof idProblems)[number];
const isIdProblem = (value: string): value is IdProblem => (idProblems as readonly string[]).includes(value);

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
    serverIdProblem && isIdProblem(serverIdProblem)
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
      <div className="field">
        <label htmlFor={ids.name}>{t('person.name')}</label>
        <p className="field-hint" id={`${ids.name}-hint`}>
          {t('person.nameHint')}
        </p>
        <input
          ref={nameRef}
          id={ids.name}
          name="name"
          autoComplete="name"
          value={input.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={`${ids.name}-hint${errors.name ? ` ${ids.name}-error` : ''}`}
          onChange={(e) => setInput({ ...input, name: e.target.value })}
        />
        {errors.name && (
          <p className="field-error" id={`${ids.name}-error`}>
            {t('person.error.nameEmpty')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.id}>{t('person.idNumber')}</label>
        <p className="field-hint" id={`${ids.id}-hint`}>
          {t('person.idNumberHint')}
        </p>
        <input
          ref={idNumberRef}
          id={ids.id}
          name="idNumber"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          maxLength={22}
          value={input.idNumber}
          aria-invalid={idError ? true : undefined}
          aria-describedby={`${ids.id}-hint${idError ? ` ${ids.id}-error` : ''}`}
          onChange={(e) => setInput({ ...input, idNumber: e.target.value })}
        />
        {idError && (
          <p className="field-error" id={`${ids.id}-error`}>
            {idError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.phone}>{t('person.phone')}</label>
        <p className="field-hint" id={`${ids.phone}-hint`}>
          {t('person.phoneHint')}
        </p>
        <input
          ref={phoneRef}
          id={ids.phone}
          name="phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          value={input.phone}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={`${ids.phone}-hint${errors.phone ? ` ${ids.phone}-error` : ''}`}
          onChange={(e) => setInput({ ...input, phone: e.target.value })}
        />
        {errors.phone && (
          <p className="field-error" id={`${ids.phone}-error`}>
            {t('person.error.phone')}
          </p>
        )}
      </div>
      <p>{t('person.privacy')}</p>
      <button type="submit" className="btn btn-primary btn-block">
        {t('person.next')}
      </button>
    </form>
  );
}
