import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/ui/notice';

/** On every screen the demo backend drives: nobody must think the demo certified them. */
export function DemoBanner({ backendKind }: { backendKind: string }) {
  const { t } = useTranslation('submission');
  if (backendKind !== 'demo') return null;
  return (
    <Notice tone="warning" title={t('demo.banner')}>
      <p>{t('demo.detail')}</p>
    </Notice>
  );
}
