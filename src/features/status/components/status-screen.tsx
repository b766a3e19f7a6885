import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { DemoBanner, OutboxEntryCard, SubmissionStatusCard, useCertification, useOutboxSnapshot } from '../../submission';
import { useStatusPoll } from '../hooks/use-status-poll';
import { LookupForm } from './lookup-form';
import { statusTokenFromHash } from '../model/status-link';
import '../status.css';

function useLocationHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return hash;
}

/** /status: one submission from a receipt link (#t=<token>), and this phone's own submissions, live. */
export function StatusScreen() {
  const { t } = useTranslation('status');
  const { backend } = useCertification();
  const hash = useLocationHash();
  const token = statusTokenFromHash(hash);
  const hasBrokenLink = token === undefined && hash.includes('t=');

  return (
    <Screen title={t('title')} backTo="/">
      <DemoBanner backendKind={backend.kind} />
      {(token || hasBrokenLink) && (
        <section aria-labelledby="linked-heading">
          <h2 id="linked-heading">{t('linked.heading')}</h2>
          {token ? <LinkedStatus token={token} /> : <Notice tone="warning">{t('linked.invalid')}</Notice>}
        </section>
      )}
      <OwnSubmissions lookedUp={Boolean(token) || hasBrokenLink} />
      {!token && (
        <LookupForm
          backend={backend}
          onFound={(statusToken) => {
            // The fragment, never the query: the token stays out of server logs (see status-link.ts).
            window.location.hash = `t=${statusToken}`;
          }}
        />
      )}
    </Screen>
  );
}

function LinkedStatus({ token }: { token: string }) {
  const { t } = useTranslation('status');
  const { t: tSubmission } = useTranslation('submission');
  const { backend, statusPollPolicy } = useCertification();
  const polled = useStatusPoll(backend, token, statusPollPolicy);
  if (polled.fatalCode) return <Notice tone="warning">{t('linked.invalid')}</Notice>;
  if (!polled.status) {
    return (
      <p role="status">{polled.lastPollFailed ? t('offline') : t('checking')}</p>
    );
  }
  return (
    <>
      {polled.lastPollFailed && <p>{t('offline')}</p>}
      <SubmissionStatusCard display={polled.status.state} status={polled.status} headingLevel={3} demo={backend.kind === 'demo'}>
        {(polled.status.state === 'rejected' || polled.status.state === 'redo-requested') && (
          <Link href="/certify" className="btn btn-primary btn-block">
            {tSubmission(polled.status.state === 'rejected' ? 'action.tryAgain' : 'action.redo')}
          </Link>
        )}
      </SubmissionStatusCard>
    </>
  );
}

/**
 * lookedUp: a receipt's certification is shown above. Then an empty list says nothing (a person who
 * certified at the community centre should not read "nothing here" under their own result), and
 * 去认证 is not offered beside it (one main action per screen).
 */
function OwnSubmissions({ lookedUp }: { lookedUp: boolean }) {
  const { t, i18n } = useTranslation('status');
  const { outbox } = useCertification();
  const snapshot = useOutboxSnapshot();
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  if (lookedUp && snapshot.entries.length === 0) return null;

  return (
    <section aria-labelledby="own-heading">
      <h2 id="own-heading">{t('mine.heading')}</h2>
      {snapshot.loaded && snapshot.entries.length === 0 && (
        <>
          <p>{t('mine.empty')}</p>
          {!lookedUp && (
            <Link href="/certify" className="btn btn-primary btn-block">
              {t('startCertify')}
            </Link>
          )}
        </>
      )}
      <ul className="status-list">
        {snapshot.entries.map((entry) => (
          <li key={entry.id}>
            <p className="submission-person">{t('mine.person', { name: entry.personName, id: entry.idNumberMasked })}</p>
            {/* Not received by the server yet (waiting, sending, or refused): saved then, not submitted. */}
            <p>
              {entry.phase === 'submitted'
                ? t('mine.submittedAt', { time: formatTime(entry.receivedAt ?? entry.createdAt) })
                : t('mine.savedAt', { time: formatTime(entry.createdAt) })}
            </p>
            <OutboxEntryCard
              entry={entry}
              progress={snapshot.progress[entry.id]}
              outbox={outbox}
              certifyHref="/certify"
              headingLevel={3}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
