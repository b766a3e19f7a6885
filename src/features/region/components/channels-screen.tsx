import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Disclosure } from '../../../shared/ui/disclosure';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { channelName, cycleNotes, national, regionFullName, regionShortName } from '../data/region-text';
import { useChosenRegion } from '../hooks/use-chosen-region';
import { hasNoSourcedChannel, mainRegionalChannel } from '../model/pick-channels';
import { ChannelCard } from './channel-card';
import './region.css';

export function ChannelsScreen() {
  const { t } = useTranslation('region');
  const { region, language } = useChosenRegion();

  if (!region) {
    return (
      <Screen title={t('channels.title')} backTo="/region">
        <p>{t('channels.noRegion')}</p>
        <Link href="/region" className="btn btn-primary btn-block">
          {t('channels.chooseRegion')}
        </Link>
      </Screen>
    );
  }

  const shortName = regionShortName(region, language);
  const regionalCycle = cycleNotes(region, language);
  const nationalCycle = cycleNotes(national, language);
  const main = mainRegionalChannel(region);

  return (
    <Screen title={t('channels.title')} backTo="/region">
      <p className="lead region-line">{t('channels.regionLine', { region: regionFullName(region, language) })}</p>
      {/* The next step first: pages of channel details come after it, for whoever wants them. */}
      <section aria-labelledby="next-heading" className="next-step">
        <h2 id="next-heading">{t('channels.nextHeading')}</h2>
        <p>
          {main
            ? t('channels.nextRegional', { region: shortName, channel: channelName(main, language) })
            : t('channels.nextNational')}
        </p>
        <Link href="/guide" className="btn btn-primary btn-block">
          {t('channels.startGuide')}
        </Link>
      </section>
      <Link href="/region" className="btn btn-secondary btn-block">
        {t('channels.changeRegion')}
      </Link>
      <Notice>
        <p>{t('channels.maybeDone')}</p>
      </Notice>

      <section aria-labelledby="regional-heading">
        <h2 id="regional-heading">{t('channels.regionalHeading', { region: shortName })}</h2>
        {hasNoSourcedChannel(region) ? (
          <Notice tone="warning">
            <p>{t('channels.noSourced', { region: shortName })}</p>
            <p>{t('channels.unsure')}</p>
          </Notice>
        ) : (
          <>
            <p>{t('channels.regionalIntro')}</p>
            {region.channels.map((channel) => (
              <ChannelCard
                key={channel.id}
                channel={channel}
                language={language}
                collapsible
                defaultOpen={channel.id === main?.id}
              />
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="national-heading">
        <h2 id="national-heading">{t('channels.nationalHeading')}</h2>
        <p>{t('channels.nationalIntro')}</p>
        {national.channels.map((channel, index) => (
          <ChannelCard
            key={channel.id}
            channel={channel}
            language={language}
            collapsible
            defaultOpen={index === 0 && hasNoSourcedChannel(region)}
          />
        ))}
      </section>

      <p className="small-print">{t('channels.dataNote')}</p>

      <section aria-labelledby="cycle-heading">
        <h2 id="cycle-heading">{t('channels.cycleHeading')}</h2>
        <p>{t('channels.cyclePlain')}</p>
        {regionalCycle && (
          <Disclosure summary={t('channels.cycleLocal', { region: shortName })}>
            <p>{regionalCycle}</p>
          </Disclosure>
        )}
        {nationalCycle && (
          <Disclosure summary={t('channels.cycleNational')}>
            <p>{nationalCycle}</p>
          </Disclosure>
        )}
      </section>

      <nav aria-labelledby="more-heading">
        <h2 id="more-heading">{t('channels.moreHeading')}</h2>
        <Link href="/offline-options" className="btn btn-secondary btn-block">
          {t('channels.offlineLink')}
        </Link>
        <Link href="/faq" className="btn btn-secondary btn-block">
          {t('channels.faqLink')}
        </Link>
        <Link href="/scam" className="btn btn-secondary btn-block">
          {t('channels.scamLink')}
        </Link>
      </nav>
    </Screen>
  );
}
