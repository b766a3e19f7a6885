import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAgency, useCertificationOffer } from '../../../shared/config/agency';
import { channelSearchName, mainRegionalChannel, regionShortName, useChosenRegion } from '../../region';

/**
 * After a practice run passes: the one next step to the real certification. Where the deployment
 * offers it in this app (an agency named in config.json), that; otherwise the official channel of the
 * region chosen in the guide, with the guide's steps; with no region chosen yet, choosing one.
 */
export function PracticeNextStep() {
  const { t } = useTranslation('practice');
  const agency = useAgency();
  const offersCertification = useCertificationOffer() === 'real' && agency !== undefined;
  const { region, language } = useChosenRegion();

  let text: string;
  let action: { href: string; label: string };
  if (offersCertification) {
    text = t('next.inApp', { name: agency.name });
    action = { href: '/certify', label: t('next.inAppAction') };
  } else if (region) {
    const channel = mainRegionalChannel(region);
    const regionName = regionShortName(region, language);
    text = channel ? t('next.regional', { region: regionName, channel: channelSearchName(channel) }) : t('next.regionalNoChannel', { region: regionName });
    action = { href: '/guide', label: t('next.guideAction') };
  } else {
    text = t('next.noRegion');
    action = { href: '/region', label: t('next.chooseRegion') };
  }

  return (
    <section className="practice-next" aria-labelledby="practice-next-title">
      <h2 id="practice-next-title">{t('next.title')}</h2>
      <p>{text}</p>
      <Link href={action.href} className="btn btn-primary btn-block">
        {action.label}
      </Link>
    </section>
  );
}
