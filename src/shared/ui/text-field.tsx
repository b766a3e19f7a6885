import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import './form-field.css';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'className' | 'aria-invalid' | 'aria-describedby'
>;

type Props = InputAttributes & {
  /** The input's id (from useId()); the hint gets `${id}-hint`, the error `${id}-error`. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Said under the label, before the person types (what to enter, in what form). */
  hint?: string;
  /** A plain-words message when the value is wrong; nothing when it is fine. */
  error?: string | null;
  /**
   * role="alert": the error is read out as it appears. Off where the form moves focus to the
   * field with the error instead (its description then reads it), so it is not said twice.
   */
  announceError?: boolean;
  /** Extra class for a feature's own sizing (e.g. the kiosk's bigger text). */
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Beside the input, on the same row (the 身份证号 field's X key). */
  inputAddon?: ReactNode;
};

/**
 * A labelled one-line input with its hint and its error, inside a `.form-field`. Other input
 * attributes (type, autoComplete, inputMode, maxLength…) pass through; it is a text field that
 * the browser does not remember unless told otherwise.
 */
export function TextField({ id, label, value, onChange, hint, error, announceError = true, className, inputRef, inputAddon, ...input }: Props) {
  const hasError = typeof error === 'string' && error !== '';
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter((part) => part !== null).join(' ');
  const field = (
    <input
      type="text"
      autoComplete="off"
      {...input}
      ref={inputRef}
      id={id}
      value={value}
      aria-invalid={hasError}
      aria-describedby={describedBy === '' ? undefined : describedBy}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {inputAddon ? (
        <div className="form-field-row">
          {field}
          {inputAddon}
        </div>
      ) : (
        field
      )}
      {hasError && (
        <p className="field-error" id={`${id}-error`} role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
