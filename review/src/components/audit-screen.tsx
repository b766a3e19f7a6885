import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiResource } from '../hooks/use-api-resource';
import { formatDateTime } from '../model/format';
import { useReviewSession } from '../session/review-session';
import { ErrorMessage } from './error-message';
import { LoadingMessage, ReviewPage } from './review-page';

const knownActions = ['decision', 'login', 'logout', 'withdraw', 'auto-approve', 'evidence-deleted'] as const;
type KnownAction = (typeof knownActions)[number];
const isKnownAction = (value: string): value is KnownAction => (knownActions as readonly string[]).includes(value);

export function AuditScreen() {
  const { t, i18n } = useTranslation('review');
  const { api } = useReviewSession();
  const audit = useApiResource('audit', (signal) => api.audit(signal));

  return (
    <ReviewPage title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      {audit.status === 'loading' && <LoadingMessage />}
      {audit.status === 'error' && <ErrorMessage error={audit.error} onRetry={audit.reload} />}
      {audit.status === 'ready' && audit.data.length === 0 && <p className="rv-empty">{t('audit.empty')}</p>}
      {audit.status === 'ready' && audit.data.length > 0 && (
        <div className="rv-table-wrap">
          <table className="rv-table">
            <caption className="rv-visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.submission')}</th>
                <th scope="col">{t('audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.at, i18n.language)}</td>
                  <td>{entry.actor}</td>
                  <td>{isKnownAction(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}</td>
                  <td>
                    {entry.submissionId ? (
                      <Link href={`/submissions/${encodeURIComponent(entry.submissionId)}`} className="rv-link rv-mono">
                        {entry.submissionId}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReviewPage>
  );
}
