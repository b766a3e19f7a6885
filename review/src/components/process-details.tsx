import { useTranslation } from 'react-i18next';
import { evidenceMetadataSchema } from '../../../contract/certification-api';
import { formatDateTime, formatPeak, formatSeconds } from '../model/format';

const challengeKeys = ['blink', 'mouth-open', 'turn-left', 'turn-right', 'close-eyes'] as const;
type ChallengeKey = (typeof challengeKeys)[number];
const isChallengeKey = (value: string): value is ChallengeKey => (challengeKeys as readonly string[]).includes(value);

/** What happened during the face check, from the metadata the app sent. */
export function ProcessDetails({ challenges, metadata }: { challenges: string[]; metadata: unknown }) {
  const { t, i18n } = useTranslation('review');
  const challengeName = (kind: string) => (isChallengeKey(kind) ? t(`challenge.${kind}`) : kind);
  const parsed = evidenceMetadataSchema.safeParse(metadata);

  return (
    <section aria-labelledby="rv-process">
      <h2 id="rv-process">{t('submission.process')}</h2>
      <h3>{t('submission.challengeOrder')}</h3>
      <ol className="rv-order">
        {challenges.map((kind, index) => (
          <li key={`${kind}-${index}`}>{challengeName(kind)}</li>
        ))}
      </ol>
      {parsed.success ? (
        <>
          <h3>{t('submission.actions')}</h3>
          {parsed.data.actions.length === 0 ? (
            <p>{parsed.data.recording?.phoneCheck === 'not-possible' ? t('submission.noActionsUnchecked') : t('submission.noActions')}</p>
          ) : (
            <div className="rv-table-wrap">
              <table className="rv-table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('submission.action')}</th>
                    <th scope="col">{t('submission.startS')}</th>
                    <th scope="col">{t('submission.endS')}</th>
                    <th scope="col">{t('submission.peak')}</th>
                  </tr>
                </thead>
                <tbody>
                  {parsed.data.actions.map((action, index) => (
                    <tr key={`${action.kind}-${index}`}>
                      <td>{index + 1}</td>
                      <th scope="row">{challengeName(action.kind)}</th>
                      <td>{formatSeconds(action.startMs)}</td>
                      <td>{formatSeconds(action.endMs)}</td>
                      <td>{formatPeak(action.kind, action.peakScore)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('submission.device')}</h3>
          <dl className="rv-facts">
            <div>
              <dt>{t('submission.startedAt')}</dt>
              <dd>{formatDateTime(parsed.data.startedAt, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('submission.durationS')}</dt>
              <dd>{formatSeconds(parsed.data.durationMs)}</dd>
            </div>
            <div>
              <dt>{t('submission.camera')}</dt>
              <dd>{parsed.data.camera === 'front' ? t('submission.cameraFront') : t('submission.cameraRear')}</dd>
            </div>
            <div>
              <dt>{t('submission.screen')}</dt>
              <dd>{parsed.data.device.screen}</dd>
            </div>
            <div>
              <dt>{t('submission.deviceLanguage')}</dt>
              <dd>{parsed.data.device.language}</dd>
            </div>
            <div>
              <dt>{t('submission.appVersion')}</dt>
              <dd>{parsed.data.appVersion}</dd>
            </div>
            <div className="rv-wide">
              <dt>{t('submission.userAgent')}</dt>
              <dd className="rv-small">{parsed.data.device.userAgent}</dd>
            </div>
          </dl>
        </>
      ) : (
        <>
          <p className="rv-notice">{t('submission.metadataUnreadable')}</p>
          <pre className="rv-raw">{JSON.stringify(metadata, null, 2)}</pre>
        </>
      )}
    </section>
  );
}
