import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';

export function PreparingStep({ title, backTo, percent, onCancel }: { title: string; backTo: string; percent: number; onCancel(): void }) {
  const { t } = useTranslation('liveness');
  return (
    <Screen
      title={title}
      backTo={backTo}
      footer={
        <button type="button" className="btn btn-secondary btn-block" onClick={onCancel}>
          {t('preparing.cancel')}
        </button>
      }
    >
      <h2>{t('preparing.title')}</h2>
      <progress className="load-progress" max={100} value={percent} aria-label={t('preparing.title')} />
      <p className="lead" role="status">
        {t('preparing.progress', { percent })}
      </p>
      <p>{t('preparing.firstTime')}</p>
    </Screen>
  );
}
