import { useTranslation } from 'react-i18next';
import { skipReadAloud } from './readable-text';

type StepProgressProps = {
  /** 1-based number of the step shown now. */
  current: number;
  total: number;
};

/**
 * "第 2 步 / 共 6 步" in words, with a row of blocks as a picture of the same thing (the words
 * carry the meaning; the blocks are decoration for sighted people and hidden from screen readers).
 * Read aloud skips it: the heading already says which step this is.
 */
export function StepProgress({ current, total }: StepProgressProps) {
  const { t } = useTranslation();
  const safeTotal = Math.max(1, Math.floor(total));
  const safeCurrent = Math.min(safeTotal, Math.max(1, Math.floor(current)));
  return (
    <div className="step-progress" {...skipReadAloud}>
      <p className="step-progress-text">{t('stepProgress', { current: safeCurrent, total: safeTotal })}</p>
      <ol className="step-progress-bar" aria-hidden="true">
        {Array.from({ length: safeTotal }, (_, index) => (
          <li
            key={index}
            className={
              index + 1 < safeCurrent ? 'step-done' : index + 1 === safeCurrent ? 'step-current' : 'step-todo'
            }
          />
        ))}
      </ol>
    </div>
  );
}
