import { useId } from 'react';
import { TextField } from '../../../shared/ui/text-field';

type Props = { label: string; value: string; onChange: (value: string) => void; error?: string | null; hint?: string };

/** A big digits-only password field: the numeric keypad on tablets, never remembered by the browser. */
export function PinField({ label, value, onChange, error, hint }: Props) {
  const id = useId();
  return (
    <TextField
      id={id}
      className="kiosk-field"
      label={label}
      hint={hint}
      type="password"
      inputMode="numeric"
      maxLength={8}
      value={value}
      error={error}
      onChange={(typed) => onChange(typed.replace(/\s/g, ''))}
    />
  );
}
