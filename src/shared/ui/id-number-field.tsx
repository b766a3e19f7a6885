import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdNumberProblem } from '../../../contract/id-number';
import { TextField } from './text-field';

type Props = {
  /** The input's id (from useId()). */
  id: string;
  label: string;
  value: string;
  /** What contract/id-number.ts (or the server) found wrong; null when nothing is. */
  problem: IdNumberProblem | null | undefined;
  onChange: (value: string) => void;
  /** See TextField: off where the form moves focus to the field with the error instead. */
  announceError?: boolean;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * The one 身份证号 input of the app (certify, kiosk and family forms): its hint and one plain
 * message per problem (common:idNumber.*), so a mistake reads the same wherever it is typed.
 * Checking stays with the form's submit (checkIdNumber from the contract).
 */
export function IdNumberField({ id, label, value, problem, onChange, announceError, className, inputRef }: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      inputRef={inputRef}
      id={id}
      className={className}
      label={label}
      hint={t('idNumber.hint')}
      name="idNumber"
      value={value}
      autoCapitalize="characters"
      spellCheck={false}
      inputMode="text"
      maxLength={24}
      error={problem ? t(`idNumber.problem.${problem}`, { count: value.replace(/\s+/g, '').length }) : null}
      announceError={announceError}
      onChange={onChange}
    />
  );
}
