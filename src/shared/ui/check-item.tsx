import { useId, type ReactNode } from 'react';

type CheckItemProps = {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What ticking the box means, in one short sentence. */
  children: ReactNode;
  /** An optional second line that explains more. */
  description?: ReactNode;
  name?: string;
  disabled?: boolean;
};

/**
 * A whole-row checkbox: the box is big and the entire row (at least 60 px high) toggles it, so a
 * shaky finger cannot miss. Checked rows also say so in text shape (a ✓), not only by colour.
 */
export function CheckItem({ checked, onChange, children, description, name, disabled }: CheckItemProps) {
  const descriptionId = useId();
  return (
    <label className={checked ? 'check-item check-item-checked' : 'check-item'}>
      <input
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? descriptionId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span className="check-item-text">
        <span className="check-item-label">{children}</span>
        {description && (
          <span className="check-item-description" id={descriptionId}>
            {description}
          </span>
        )}
      </span>
    </label>
  );
}
