import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SubmissionDetails } from '../../../contract/review-api';
import { useApiResource } from '../hooks/use-api-resource';
import { formatDateTime, formatSeconds } from '../model/format';
import type { Decision } from '../model/reasons';
import { useReviewSession } from '../session/review-session';
import { DecisionPanel } from './decision-panel';
import { ErrorMessage } from './error-message';
import { PrecheckList } from './precheck-list';
import { ProcessDetails } from './process-details';
import { LoadingMessage, ReviewPage } from './review-page';

export function SubmissionScreen({ id }: { id: string }) {
  const { t } = useTranslation('review');
  const { api } = useReviewSession();
  const details = useApiResource(`submission:${id}`, (signal) => api.submission(id, signal));
  // Outlives the reload that follows a decision, so the confirmation stays on screen.
  const [saved, setSaved] = useState<Decision | null>(null);

  return (
    <ReviewPage title={details.status === 'ready' ? `${t('submission.title')}：${details.data.name}` : t('submission.title')}>
      <p>
        <Link href="/" className="rv-link">
          <span aria-hidden="true">‹ </span>
          {t('submission.backToQueue')}
        </Link>
      </p>
      {saved && (
        <div className="rv-success" role="status">
          <p className="rv-strong">
            <span aria-hidden="true" className="rv-icon">
              ✓
            </span>
            {t('decision.saved', { decision: t(`decision.${saved}`) })}
          </p>
          <Link href="/" className="rv-btn rv-btn-secondary">
            {t('decision.nextInQueue')}
          </Link>
        </div>
      )}
      {details.status === 'loading' && <LoadingMessage />}
      {details.status === 'error' && <ErrorMessage error={details.error} onRetry={details.reload} />}
      {details.status === 'ready' && (
        <SubmissionBody
          details={details.data}
          onDecided={(decision) => {
            setSaved(decision);
            details.reload();
          }}
        />
      )}
    </ReviewPage>
  );
}

function SubmissionBody({ details, onDecided }: { details: SubmissionDetails; onDecided: (decision: Decision) => void }) {
  const { t, i18n } = useTranslation('review');
  const { api } = useReviewSession();
  return (
    <div className="rv-columns">
      <div className="rv-column">
        <section aria-labelledby="rv-person">
          <h2 id="rv-person">{t('submission.person')}</h2>
          <dl className="rv-facts">
            <div>
              <dt>{t('submission.name')}</dt>
              <dd>{details.name}</dd>
            </div>
            <div>
              <dt>{t('submission.idNumber')}</dt>
              <dd className="rv-mono">{details.idNumberMasked}</dd>
            </div>
            {details.phoneMasked && (
              <div>
                <dt>{t('submission.phone')}</dt>
                <dd className="rv-mono">{details.phoneMasked}</dd>
              </div>
            )}
            <div>
              <dt>{t('submission.receivedAt')}</dt>
              <dd>{formatDateTime(details.receivedAt, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('submission.state')}</dt>
              <dd>{t(`state.${details.state}`)}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="rv-evidence">
          <h2 id="rv-evidence">{t('submission.evidence')}</h2>
          {details.evidenceAvailable ? (
            <div className="rv-media">
              <figure>
                <img src={api.photoUrl(details.id)} alt={t('submission.photoAlt', { name: details.name })} />
                <figcaption>{t('submission.photo')}</figcaption>
              </figure>
              <figure>
                {/* Silent face-check evidence: there is no speech to caption. */}
                {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
                <video controls preload="metadata" src={api.videoUrl(details.id)} aria-label={t('submission.video')}>
                  {t('submission.videoFallback')}
                </video>
                <figcaption>
                  {t('submission.video')}
                  {details.video.durationMs !== null &&
                    ` · ${t('submission.videoDuration', { seconds: formatSeconds(details.video.durationMs) })}`}
                </figcaption>
              </figure>
            </div>
          ) : (
            <p className="rv-notice">{t('submission.noEvidence')}</p>
          )}
        </section>
        {details.route === 'recorded' && (
          <section className="rv-notice" aria-labelledby="rv-recorded">
            {/* A video the phone could not check has had no automatic look at all: the reviewer must know. */}
            <h2 id="rv-recorded">{details.phoneCheck === 'not-possible' ? t('route.uncheckedTitle') : t('route.recordedTitle')}</h2>
            <p>{t(details.phoneCheck === 'not-possible' ? 'route.uncheckedBody' : 'route.recordedBody', { code: details.spokenCode ?? '—' })}</p>
          </section>
        )}
        <ProcessDetails challenges={details.challenges} metadata={details.metadata} />
      </div>

      <div className="rv-column">
        <PrecheckList summary={details.precheck} results={details.precheckResults} />
        <DecisionPanel details={details} onDecided={onDecided} />
      </div>
    </div>
  );
}
