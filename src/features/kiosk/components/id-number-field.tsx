import { useTranslation } from 'react-i18next';
import '../../../shared/ui/form-field.css';
import type { IdNumberProblem } from '../../../../server/src/contract/id-number';

type Props = {
  /** Base id for the input and its hint/error (from useId()). */
  id: string;
  label: string;
  value: string;
  problem: IdNumberProblem | null;
  onChange: (value: string) => void;
};

/**
 * The 身份证号 input with its hint and one plain message per kind of mistake (kiosk and family
 * forms). The messages live in the kiosk namespace; checking stays with the form's submit.
 */
export function IdNumberField({ id, label, value, problem, onChange }: Props) {
  const { t } = useTranslation('kiosk');
  return (
    <>
      <label htmlFor={`${id}-id`}>{label}</label>
      <p className="small-print" id={`${id}-id-hint`}>
        {t('person.idHint')}
      </p>
      <input
        id={`${id}-id`}
        type="text"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-id-error` : `${id}-id-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p className="field-error" id={`${id}-id-error`} role="alert">
          {t(`idProblem.${problem}`, { count: value.replace(/\s+/g, '').length })}
        </p>
      )}
    </>
  );
}
