import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

type HelpOptionsProps = {
  /** Recording a video with the phone's own camera instead, where the flow offers it. */
  onRecorded?: () => void;
  /** False where the screen already has the way to the channels without a face check (the problem screen's buttons). */
  offlineLink?: boolean;
};

/**
 * Offered after repeated failures, before anyone feels locked out: people and non-face channels, and
 * (where the flow offers it) recording a video with the phone's own camera instead.
 */
export function HelpOptions({ onRecorded, offlineLink = true }: HelpOptionsProps = {}) {
  const { t } = useTranslation('liveness');
  return (
    <section className="help-options notice" aria-labelledby="help-options-title">
      <h2 id="help-options-title">{t('help.title')}</h2>
      <p>{t('help.body')}</p>
      <ul className="help-list">
        {onRecorded && (
          <li>
            <button type="button" className="btn btn-secondary btn-block" onClick={onRecorded}>
              {t('recorded.offer')}
            </button>
          </li>
        )}
        <li>{t('help.community')}</li>
        <li>
          <a className="btn btn-secondary btn-block" href="tel:12333">
            {t('help.hotline')}
          </a>
        </li>
        {offlineLink && (
          <li>
            <Link className="btn btn-secondary btn-block" href="/offline-options">
              {t('help.offline')}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
