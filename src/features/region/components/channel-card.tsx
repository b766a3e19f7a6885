import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/languages';
import { Disclosure } from '../../../shared/ui/disclosure';
import { skipReadAloud } from '../../../shared/ui/readable-text';
import { channelAccess, channelName, channelNotes } from '../data/region-text';
import { channelAdvice, channelSources, sourceHost, type ChannelAdvice } from '../model/channel-trust';
import type { Channel } from '../model/region';

const adviceIcon: Record<ChannelAdvice, string> = { official: '✔', officialOld: '！', unofficial: '？', weak: '？' };

type ChannelCardProps = {
  channel: Channel;
  language: Language;
  /** Details behind a show-more (so a long list stays short), open at first if defaultOpen. */
  collapsible?: boolean;
  defaultOpen?: boolean;
};

/**
 * One channel: what it is, how to get it, where the button is, a plain word on whether to trust it,
 * and, in small print, the pages it comes from (official ones first). Never a big button to a
 * third-party page: our own advice is not to tap links, and reposts are often full of ads.
 */
export function ChannelCard({ channel, language, collapsible = false, defaultOpen = false }: ChannelCardProps) {
  const { t } = useTranslation('region');
  const name = channelName(channel, language);
  const { onScreen, get } = channelAccess(channel);
  const isPlace = channel.kind === 'offline' || channel.kind === 'hotline';
  const advice = channelAdvice(channel);
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
      <p className={`channel-advice channel-advice-${advice}`}>
        <span aria-hidden="true">{adviceIcon[advice]} </span>
        {t(`channel.advice.${advice}`)}
      </p>
      <ChannelSources channel={channel} />
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

/** Small text links, official pages first, each saying who publishes it; skipped by read-aloud. */
function ChannelSources({ channel }: { channel: Channel }) {
  const { t } = useTranslation('region');
  const sources = channelSources(channel);
  if (sources.length === 0) {
    return (
      <p className="channel-sources" {...skipReadAloud}>
        {t('channel.sourcesLabel')}
        {t('channel.sourceMissing')}
      </p>
    );
  }
  return (
    <div className="channel-sources" {...skipReadAloud}>
      <p className="channel-sources-label">{t('channel.sourcesLabel')}</p>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
              {t('channel.sourceLinkText', { kind: t(`channel.sourceKind.${source.kind}`), host: sourceHost(source.url) })}
              <span className="visually-hidden">{t('channel.sourceExternal')}</span>
            </a>
            {/* An earlier page's date was not recorded; the main source's missing date is said in words. */}
            {source.kind !== 'earlier' && t('channel.sourceDate', { date: source.date ?? t('channel.dateUnknown') })}
          </li>
        ))}
      </ul>
    </div>
  );
}
