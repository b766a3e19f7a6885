import { useId } from 'react';
import '../../../shared/ui/form-field.css';

type Props = { label: string; value: string; onChange: (value: string) => void; error?: string | null };

/** A big digits-only password field: the numeric keypad on tablets, never remembered by the browser. */
export function PinField({ label, value, onChange, error }: Props) {
  const id = useId();
  return (
    <div className="form-field kiosk-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value.replace(/\s/g, ''))}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
