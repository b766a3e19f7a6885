import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../adapters/backend/evidence';

/** Practice: what a real check would hand over besides the photo and video (for the curious and for staff). */
export function EvidenceFacts({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation('practice');
  const { metadata } = evidence;
  const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));
  const facts = [
    ['facts.actions', metadata.actions.map((a) => t(`action.${a.kind}`)).join('、')],
    ['facts.duration', t('facts.seconds', { seconds: (metadata.durationMs / 1000).toFixed(1) })],
    ['facts.camera', metadata.camera === 'front' ? t('facts.front') : t('facts.rear')],
    ['facts.photo', `JPEG ${metadata.photo.width}×${metadata.photo.height}, ${kb(metadata.photo.bytes)} KB`],
    ['facts.video', `${metadata.video.mimeType}, ${kb(metadata.video.bytes)} KB`],
  ] as const;
  return (
    <details className="evidence-facts">
      <summary>{t('facts.title')}</summary>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term} data-fact={term.slice('facts.'.length)}>
            <dt>{t(term)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
