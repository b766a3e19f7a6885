import { useTranslation } from 'react-i18next';
import { errorCodeOf, errorMessageKey } from '../model/error-messages';

/** An error in plain words, with a way forward when there is one. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('review');
  return (
    <div className="rv-error" role="alert">
      <p>
        <span aria-hidden="true" className="rv-icon">
          ⚠
        </span>
        {t(errorMessageKey(errorCodeOf(error)))}
      </p>
      {onRetry && (
        <button type="button" className="rv-btn rv-btn-secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
