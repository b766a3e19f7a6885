import { useTranslation } from 'react-i18next';
import type { AgencyView } from '../../../shared/config/agency';
import { useAgency } from '../../../shared/config/agency';
import { Notice } from '../../../shared/ui/notice';

/**
 * Who this service belongs to, where a person is asked for their face or ID number and on what they
 * take home: the agency's name, official website, telephone and how to check that this service is
 * really theirs (our own scam advice: give these only to an official channel you can check). The
 * way to check does not rely on this page: a fake page could show a fake number, 12333 is known.
 * Nothing where config.json names no agency (the flow is not offered then, except the 演示).
 */
export function AgencyDetails({ agency: given, className }: { agency?: AgencyView; className?: string }) {
  const { t } = useTranslation('certify');
  const configured = useAgency();
  const agency = given ?? configured;
  if (!agency) return null;
  return (
    <section className={className ? `agency-details ${className}` : 'agency-details'} aria-labelledby="agency-details-title">
      <Notice tone="info">
        <h2 id="agency-details-title" className="agency-details-title">
          {t('agency.title')}
        </h2>
        <p>{t('agency.provider', { name: agency.name })}</p>
        {/* As text, not links: a person checks them against what they know, they do not follow them. */}
        <p>
          {t('agency.phone')}
          <span className="agency-fact">{agency.phone}</span>
        </p>
        <p>
          {t('agency.website')}
          <span className="agency-fact">{agency.website}</span>
        </p>
        <p>{t('agency.verify', { how: agency.verify })}</p>
        <p className="agency-tip">{t('agency.tip')}</p>
      </Notice>
    </section>
  );
}

/** One line: where the photo and video go (the face-data consent), or went (once sent). */
export function AgencyRecipient({ sent = false }: { sent?: boolean }) {
  const { t } = useTranslation('certify');
  const agency = useAgency();
  if (!agency) return null;
  return <p className="agency-recipient">{t(sent ? 'agency.sentTo' : 'agency.recipient', { name: agency.name, phone: agency.phone })}</p>;
}
