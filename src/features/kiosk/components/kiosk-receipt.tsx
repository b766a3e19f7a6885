import { useTranslation } from 'react-i18next';
import { formatReceiptCode } from '../../../../contract/receipt-code';
import type { SubmissionReceipt } from '../../../adapters/backend/certification-backend';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { useAgency } from '../../../shared/config/agency';
import { statusLink } from '../../status';
import { useKioskStore } from '../kiosk-store';
import { ReceiptQr } from './receipt-qr';

/**
 * What the person takes home: a QR code to their status, the 查询码, where and by whom it was
 * done, and the service's own address (for the 查询码 on a family member's phone). Printable; the
 * words never say where on the page the QR code is, since that differs between screen and paper.
 */
export function KioskReceiptView({ entry, receipt }: { entry: OutboxEntry; receipt: SubmissionReceipt }) {
  const { t, i18n } = useTranslation('kiosk');
  const agency = useAgency();
  const servicePoint = useKioskStore((s) => s.servicePoint);
  const origin = window.location.origin;
  const link = statusLink(origin, receipt.statusToken);
  const submittedAt = entry.receivedAt ?? entry.createdAt;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(submittedAt));
  return (
    // The screen's own heading says 已提交，请收好回执; the section is named by it for screen readers.
    <section className="kiosk-receipt" aria-label={t('receipt.title')}>
      <p className="receipt-print-only receipt-app-name">{t('receipt.appName')}</p>
      <p className="receipt-person">{t('receipt.person', { name: entry.personName, id: entry.idNumberMasked })}</p>
      <div className="receipt-body">
        <ReceiptQr text={link} label={t('receipt.qrLabel')} />
        <div className="receipt-text">
          <p>{t('receipt.intro')}</p>
          {receipt.shortCode && (
            <>
              <p className="receipt-code-label">{t('receipt.shortCode')}</p>
              <p className="receipt-code" data-testid="receipt-short-code">
                {formatReceiptCode(receipt.shortCode)}
              </p>
              <p className="small-print">{t('receipt.shortCodeHint')}</p>
            </>
          )}
          <p className="receipt-address">{t('receipt.address', { url: `${origin}/status` })}</p>
          {servicePoint && <p>{t('receipt.servicePoint', { name: servicePoint })}</p>}
          {agency && <p>{t('receipt.agency', { name: agency.name, phone: agency.phone })}</p>}
          <p>{t('receipt.submittedAt', { time })}</p>
          <p className="receipt-warning">{t('receipt.notCertified')}</p>
        </div>
      </div>
      <button type="button" className="btn btn-secondary btn-block receipt-no-print" onClick={() => window.print()}>
        {t('receipt.print')}
      </button>
    </section>
  );
}
