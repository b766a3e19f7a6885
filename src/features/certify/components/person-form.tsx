import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetails } from '../../../adapters/backend/certification-backend';
import type { IdNumberProblem } from '../../../../contract/id-number';
import { IdNumberField } from '../../../shared/ui/id-number-field';
import { TextField } from '../../../shared/ui/text-field';
import { AgencyDetails } from './agency-details';
import { validatePersonForm, type PersonFormErrors, type PersonFormInput } from '../model/person-form';

type Props = {
  initial?: PersonDetails;
  /** A problem the server found with the ID number, shown at once. */
  serverIdProblem?: IdNumberProblem;
  onSubmit(person: PersonDetails): void;
  /** The line above the fields (who fills them in differs: the retiree, kiosk staff). */
  intro?: string;
  /** Extra class for a route's own sizing (the kiosk's bigger fields). */
  fieldClassName?: string;
  /** A device one person after another uses (kiosk): the browser must not remember or offer what was typed. */
  sharedDevice?: boolean;
  /** The demo backend drives the flow: nothing is sent anywhere, and the form says so. */
  demo?: boolean;
  today?: () => Date;
};

/**
 * The one person form of every certification: name, 身份证号 and an optional phone, with one plain
 * message per problem next to its field, and focus taken to the first thing to fix.
 */
export function PersonForm({ initial, serverIdProblem, onSubmit, intro, fieldClassName, sharedDevice = false, demo = false, today = () => new Date() }: Props) {
  const { t } = useTranslation('certify');
  const ids = { name: useId(), id: useId(), phone: useId() };
  const [input, setInput] = useState<PersonFormInput>({
    name: initial?.name ?? '',
    idNumber: initial?.idNumber ?? '',
    phone: initial?.phone ?? '',
  });
  const [errors, setErrors] = useState<PersonFormErrors>(() => (serverIdProblem ? { idNumber: serverIdProblem } : {}));
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
    const first = result.errors.name ? nameRef : result.errors.idNumber ? idNumberRef : phoneRef;
    first.current?.focus();
  };

  return (
    <form className="person-form" onSubmit={submit} noValidate>
      <p className="lead">{intro ?? t('person.intro')}</p>
      {/* Who asks, before anything is typed: the agency, and how to check that this is really theirs. */}
      <AgencyDetails />
      <TextField
        inputRef={nameRef}
        id={ids.name}
        className={fieldClassName}
        label={t('person.name')}
        hint={t('person.nameHint')}
        name="name"
        autoComplete={sharedDevice ? 'off' : 'name'}
        value={input.name}
        error={errors.name ? t(`person.error.name.${errors.name}`) : null}
        announceError={false}
        onChange={(name) => setInput({ ...input, name })}
      />
      <IdNumberField
        inputRef={idNumberRef}
        id={ids.id}
        className={fieldClassName}
        label={t('person.idNumber')}
        value={input.idNumber}
        problem={errors.idNumber}
        announceError={false}
        onChange={(idNumber) => setInput({ ...input, idNumber })}
      />
      <TextField
        inputRef={phoneRef}
        id={ids.phone}
        className={fieldClassName}
        label={t('person.phone')}
        hint={t('person.phoneHint')}
        name="phone"
        type="tel"
        autoComplete={sharedDevice ? 'off' : 'tel'}
        inputMode="tel"
        value={input.phone}
        error={errors.phone ? t('person.error.phone') : null}
        announceError={false}
        onChange={(phone) => setInput({ ...input, phone })}
      />
      <p>{t(demo ? 'person.privacyDemo' : 'person.privacy')}</p>
      <button type="submit" className="btn btn-primary btn-block">
        {t('person.next')}
      </button>
    </form>
  );
}
