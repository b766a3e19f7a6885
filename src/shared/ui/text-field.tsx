import './form-field.css';

type Props = {
  /** The input's id (from useId()); its error message gets `${id}-error`. */
  id: string;
  label: string;
  value: string;
  /** A plain-words message when the value is wrong, else null. */
  error: string | null;
  onChange: (value: string) => void;
  /** Extra class for a feature's own sizing (e.g. the kiosk's bigger text). */
  className?: string;
};

/** A labelled one-line text input with its error below, inside a `.form-field`. */
export function TextField({ id, label, value, error, onChange, className }: Props) {
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error !== null && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
