import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAgency, useCertificationOffer } from '../../../shared/config/agency';
import { Icon } from '../../../shared/ui/icons';

/**
 * The guide's way into /certify: a link (the guide never loads the certification flow itself),
 * shown only where the deployment offers a real certification (a backend and the agency behind it
 * in config.json). With the demo backend /certify still works when opened directly, and says 演示
 * on every screen.
 */
export function CertifyEntryLink() {
  const { t } = useTranslation('certify');
  const agency = useAgency();
  if (useCertificationOffer() !== 'real' || !agency) return null;
  return (
    <Link href="/certify" className="choice choice-primary">
      <Icon name="face" className="choice-icon" />
      <span className="choice-text">
        <span className="choice-label">{t('entry.link')}</span>
        <span className="choice-hint">{t('entry.hint', { name: agency.name })}</span>
      </span>
    </Link>
  );
}
