import { useCallback, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeIdNumberInput, type IdNumberProblem } from '../../../contract/id-number';
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

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * The one 身份证号 input of the app (certify, kiosk and family forms): its hint and one plain
 * message per problem (common:idNumber.*), so a mistake reads the same wherever it is typed.
 * Phones open their number pad for it (17 of the 18 characters are digits); the X some numbers end
 * with has its own key beside the field, since a number pad has none. A small x, or the full-width
 * digits of a Chinese keyboard, become what they mean as they are typed (normalizeIdNumberInput).
 * Checking stays with the form's submit (checkIdNumber from the contract).
 */
export function IdNumberField({ id, label, value, problem, onChange, announceError, className, inputRef }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  const setInput = useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      assignRef(inputRef, element);
    },
    [inputRef],
  );

  const typeX = () => {
    const element = input.current;
    const focused = element !== null && element.ownerDocument.activeElement === element;
    // Where the caret is when the person was typing; otherwise at the end, where the X belongs.
    const start = focused ? (element.selectionStart ?? value.length) : value.length;
    const end = focused ? (element.selectionEnd ?? start) : value.length;
    onChange(`${value.slice(0, start)}X${value.slice(end)}`);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + 1, start + 1);
    });
  };

  return (
    <TextField
      inputRef={setInput}
      id={id}
      className={className}
      label={label}
      hint={t('idNumber.hint')}
      name="idNumber"
      value={value}
      autoCapitalize="characters"
      spellCheck={false}
      inputMode="numeric"
      maxLength={24}
      error={problem ? t(`idNumber.problem.${problem}`, { count: normalizeIdNumberInput(value).replace(/\s+/g, '').length }) : null}
      announceError={announceError}
      onChange={(typed) => onChange(normalizeIdNumberInput(typed))}
      inputAddon={
        <button
          type="button"
          className="btn btn-secondary id-number-x"
          aria-label={t('idNumber.typeX')}
          // Keeps the focus (and the phone's keypad) in the field while the key is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={typeX}
        >
          X
        </button>
      }
    />
  );
}
