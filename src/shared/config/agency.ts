import { useTranslation } from 'react-i18next';
import { certificationOffer, localizedText, type CertificationOffer } from '../../../contract/app-config';
import { useServices } from '../services';

/** The deploying agency, in the person's language (config.json "agency"). */
export type AgencyView = { name: string; website: string; phone: string; verify: string };

/** Who stands behind this service, or undefined where config.json names nobody. */
export function useAgency(): AgencyView | undefined {
  const { config } = useServices();
  const { i18n } = useTranslation();
  const agency = config.agency;
  if (!agency) return undefined;
  return {
    name: localizedText(agency.name, i18n.language),
    website: agency.website,
    phone: agency.phone,
    verify: localizedText(agency.verify, i18n.language),
  };
}

/** 'real' (backend + agency), 'demo' (in-browser, says 演示), or 'none' (only the guide). */
export function useCertificationOffer(): CertificationOffer {
  return certificationOffer(useServices().config);
}
