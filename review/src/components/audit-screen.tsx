import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiResource } from '../hooks/use-api-resource';
import { parseAuditAction } from '../model/audit-actions';
import { formatDateTime } from '../model/format';
import { useReviewSession } from '../session/review-session';
import { ErrorMessage } from './error-message';
import { LoadingMessage, ReviewPage } from './review-page';


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
                  <td>
                    <AuditAction raw={entry.action} />
                  </td>
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

function AuditAction({ raw }: { raw: string }) {
  const { t } = useTranslation('review');
  const parsed = parseAuditAction(raw);
  if (parsed.kind === 'unknown') return <>{parsed.raw}</>;
  const name = t(`audit.actions.${parsed.action}`);
  return <>{parsed.decision ? `${name}${t('audit.actionSeparator')}${t(`decision.${parsed.decision}`)}` : name}</>;
}
