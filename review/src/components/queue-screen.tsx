import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { QueueItem } from '../../../contract/review-api';
import { useApiResource } from '../hooks/use-api-resource';
import { formatDateTime, isQueueFilter, queueFilters, statesForFilter, type QueueFilter } from '../model/format';
import { useReviewSession } from '../session/review-session';
import { ErrorMessage } from './error-message';
import { PrecheckBadge } from './precheck-badge';
import { LoadingMessage, ReviewPage } from './review-page';

export function QueueScreen() {
  const { t } = useTranslation('review');
  const { api } = useReviewSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const requested = new URLSearchParams(search).get('state');
  const filter: QueueFilter = isQueueFilter(requested) ? requested : 'open';
  const queue = useApiResource(`queue:${filter}`, (signal) => api.queue(statesForFilter(filter), signal));

  return (
    <ReviewPage title={t('queue.title')}>
      <div className="rv-toolbar">
        <fieldset className="rv-filter">
          <legend>{t('queue.filterLabel')}</legend>
          {queueFilters.map((value) => (
            <label key={value} className="rv-option">
              <input
                type="radio"
                name="queue-filter"
                value={value}
                checked={filter === value}
                onChange={() => navigate(value === 'open' ? '/' : `/?state=${value}`)}
              />
              <span>{t(`queue.filter.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="rv-btn rv-btn-secondary" onClick={queue.reload}>
          {t('queue.refresh')}
        </button>
      </div>
      {queue.status === 'loading' && <LoadingMessage />}
      {queue.status === 'error' && <ErrorMessage error={queue.error} onRetry={queue.reload} />}
      {queue.status === 'ready' && <QueueList items={queue.data} filter={filter} />}
    </ReviewPage>
  );
}

function QueueList({ items, filter }: { items: QueueItem[]; filter: QueueFilter }) {
  const { t, i18n } = useTranslation('review');
  if (items.length === 0) return <p className="rv-empty">{t('queue.empty')}</p>;
  return (
    <>
      <p role="status">{t('queue.count', { count: items.length })}</p>
      <ul className="rv-queue" aria-label={t(`queue.filter.${filter}`)}>
        {items.map((item) => (
          <li key={item.id} className="rv-card">
            <div className="rv-card-main">
              <p className="rv-card-name">{item.name}</p>
              <dl className="rv-facts">
                <div>
                  <dt>{t('queue.idNumber')}</dt>
                  <dd className="rv-mono">{item.idNumberMasked}</dd>
                </div>
                <div>
                  <dt>{t('queue.receivedAt')}</dt>
                  <dd>{formatDateTime(item.receivedAt, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('queue.state')}</dt>
                  <dd>{t(`state.${item.state}`)}</dd>
                </div>
                <div>
                  <dt>{t('queue.precheck')}</dt>
                  <dd>
                    <PrecheckBadge summary={item.precheck} />
                  </dd>
                </div>
                <div>
                  <dt>{t('queue.route')}</dt>
                  <dd>{item.route === 'recorded' ? t('route.recorded') : t('route.live')}</dd>
                </div>
              </dl>
            </div>
            <Link
              href={`/submissions/${encodeURIComponent(item.id)}`}
              className="rv-btn rv-btn-primary"
              aria-label={t('queue.openLabel', { name: item.name })}
            >
              {t('queue.open')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
