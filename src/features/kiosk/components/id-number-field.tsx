import { useTranslation } from 'react-i18next';
import type { IdNumberProblem } from '../../../../contract/id-number';
import { TextField } from '../../../shared/ui/text-field';

type Props = {
  /** Base id (from useId()): the input is `${id}-id`. */
  id: string;
  label: string;
  value: string;
  problem: IdNumberProblem | null;
  onChange: (value: string) => void;
  className?: string;
};

/**
 * The 身份证号 input with its hint and one plain message per kind of mistake (kiosk and family
 * forms). The messages live in the kiosk namespace; checking stays with the form's submit.
 */
export function IdNumberField({ id, label, value, problem, onChange, className }: Props) {
  const { t } = useTranslation('kiosk');
  return (
    <TextField
      id={`${id}-id`}
      className={className}
      label={label}
      hint={t('person.idHint')}
      value={value}
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={24}
      error={problem ? t(`idProblem.${problem}`, { count: value.replace(/\s+/g, '').length }) : null}
      onChange={onChange}
    />
  );
}
