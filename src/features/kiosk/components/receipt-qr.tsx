import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code as an image (a data: URL, allowed by the CSP; nothing leaves the device). */
export function ReceiptQr({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    // M: survives a crease or smudge on a printed receipt; margin 4 is the quiet zone scanners need.
    void QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, width: 320 }).then((url) => {
      if (!cancelled) setSrc(url);
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (!src) return <div className="receipt-qr receipt-qr-placeholder" aria-hidden="true" />;
  return <img className="receipt-qr" src={src} alt={label} width={320} height={320} />;
}
