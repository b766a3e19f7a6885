import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/languages';
import { Notice } from '../../../shared/ui/notice';
import { channelAccess, channelName, channelNotes } from '../data/region-text';
import type { Channel } from '../model/region';

const confidenceIcon = { high: '✔', medium: '！', low: '？' } as const;

/** One official channel: what it is, how to get it, where the button is, and where we read that. */
export function ChannelCard({ channel, language }: { channel: Channel; language: Language }) {
  const { t } = useTranslation('region');
  const name = channelName(channel, language);
  const { onScreen, get } = channelAccess(channel);

  return (
    <article className="channel-card" aria-label={name}>
      <h3 className="channel-name">{name}</h3>
      <p className="channel-kind">{t(`channel.kind.${channel.kind}`)}</p>
      {onScreen && (
        <p>
          {t('channel.onScreen')}{' '}
          <strong lang="zh-CN">{onScreen}</strong>
        </p>
      )}
      {get.length > 0 && (
        <>
          <h4>{t('channel.howToGet')}</h4>
          <ul className="channel-get">
            {get.map((way) => (
              <li key={way}>{t(`channel.get.${way}`, { name: onScreen ?? channel.nameZh })}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('channel.entry')}</h4>
      <p>{channelNotes(channel, language)}</p>
      <p className={`channel-confidence channel-confidence-${channel.confidence}`}>
        <span aria-hidden="true">{confidenceIcon[channel.confidence]} </span>
        {t(`channel.confidence.${channel.confidence}`)}
      </p>
      {channel.confidence === 'low' && (
        <Notice tone="warning">
          <p>{t('channels.unsure')}</p>
        </Notice>
      )}
      <p className="channel-source">
        {t('channel.source')}
        {' · '}
        {channel.sourceDate ? t('channel.date', { date: channel.sourceDate }) : t('channel.dateUnknown')}
      </p>
      {channel.sourceUrl ? (
        <a
          className="btn btn-secondary source-link"
          href={channel.sourceUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('channel.sourceLinkLabel', { name })}
        >
          {t('channel.sourceLink')}
        </a>
      ) : (
        <p className="channel-source">{t('channel.sourceMissing')}</p>
      )}
    </article>
  );
}
