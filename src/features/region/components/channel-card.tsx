import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/languages';
import { Disclosure } from '../../../shared/ui/disclosure';
import { Notice } from '../../../shared/ui/notice';
import { channelAccess, channelName, channelNotes } from '../data/region-text';
import type { Channel } from '../model/region';

const confidenceIcon = { high: '✔', medium: '！', low: '？' } as const;

type ChannelCardProps = {
  channel: Channel;
  language: Language;
  /** Details behind a show-more (the long list of national channels), open at first if defaultOpen. */
  collapsible?: boolean;
  defaultOpen?: boolean;
};

/** One official channel: what it is, how to get it, where the button is, and where we read that. */
export function ChannelCard({ channel, language, collapsible = false, defaultOpen = false }: ChannelCardProps) {
  const { t } = useTranslation('region');
  const name = channelName(channel, language);
  const { onScreen, get } = channelAccess(channel);
  const isPlace = channel.kind === 'offline' || channel.kind === 'hotline';
  // Inside a show-more there is no h3 above, so sub-headings become bold lines (keeps heading levels in order).
  const SubHeading = collapsible ? 'p' : 'h4';

  const details = (
    <>
      {onScreen && !isPlace && (
        <p>
          {t('channel.onScreen')}{' '}
          <strong lang="zh-CN">{onScreen}</strong>
        </p>
      )}
      {get.length > 0 && (
        <>
          <SubHeading className="channel-subheading">{t('channel.howToGet')}</SubHeading>
          <ul className="channel-get">
            {get.map((way) => (
              <li key={way}>{t(`channel.get.${way}`, { name: onScreen ?? channel.nameZh })}</li>
            ))}
          </ul>
        </>
      )}
      <SubHeading className="channel-subheading">{t('channel.entry')}</SubHeading>
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
        {t('channel.dateLabel')}
        <span className="nowrap">{channel.sourceDate ?? t('channel.dateUnknown')}</span>
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
    </>
  );

  return (
    <article className={collapsible ? 'channel-card channel-card-collapsible' : 'channel-card'} aria-label={name}>
      {collapsible ? (
        <Disclosure
          defaultOpen={defaultOpen}
          summary={
            <span className="channel-summary">
              <span className="channel-name">{name}</span>
              <span className="channel-kind">{t(`channel.kind.${channel.kind}`)}</span>
            </span>
          }
        >
          {details}
        </Disclosure>
      ) : (
        <>
          <h3 className="channel-name">{name}</h3>
          <p className="channel-kind">{t(`channel.kind.${channel.kind}`)}</p>
          {details}
        </>
      )}
    </article>
  );
}
