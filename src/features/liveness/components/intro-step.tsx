import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraFacing } from '../../../adapters/camera/camera';
import { Screen } from '../../../shared/ui/screen';
import { FaceTips } from './face-tips';

type IntroStepProps = {
  title: string;
  backTo: string;
  facing: CameraFacing;
  onFacingChange(facing: CameraFacing): void;
  onNext(): void;
  /** Practice puts its "this certifies nothing" notice and the 提前准备 button here. */
  children?: ReactNode;
};

export function IntroStep({ title, backTo, facing, onFacingChange, onNext, children }: IntroStepProps) {
  const { t } = useTranslation('liveness');
  return (
    <Screen
      title={title}
      backTo={backTo}
      footer={
        <button type="button" className="btn btn-primary btn-block" onClick={onNext}>
          {t('intro.next')}
        </button>
      }
    >
      {children}
      <h2>{t('intro.title')}</h2>
      <p className="lead">{t('intro.why')}</p>
      <p>{t('intro.steps')}</p>
      <p>{t('intro.noRush')}</p>
      <FaceTips />
      <fieldset className="helper-camera">
        <legend>{t('intro.helperTitle')}</legend>
        <label className="option helper-camera-option">
          <input
            type="checkbox"
            checked={facing === 'rear'}
            onChange={(event) => onFacingChange(event.target.checked ? 'rear' : 'front')}
          />
          <span>{t('intro.helperSwitch')}</span>
        </label>
        <p className="small-print">{t('intro.helperHint')}</p>
      </fieldset>
    </Screen>
  );
}
