import { useTranslation } from 'react-i18next';
import type { CheckView } from '../effects/run-liveness-check';

const positionHints = new Set(['move-closer', 'move-back', 'center-face', 'look-at-camera', 'one-person-only']);

/** Practice only: what the check sees right now, in words and symbols (never colour alone). */
export function SeenPanel({ view }: { view: CheckView }) {
  const { t } = useTranslation('practice');
  const faceSeen = view.hint !== 'no-face';
  const light = view.hint === 'too-dark' ? 'seenLightDark' : view.hint === 'too-bright' ? 'seenLightBright' : 'seenLightOk';
  const positionOk = !view.hint || !positionHints.has(view.hint);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  return (
    <section className="seen-panel" aria-labelledby="seen-title">
      <h2 id="seen-title">{t('seenTitle')}</h2>
      <ul>
        <li className={faceSeen ? 'seen-ok' : 'seen-bad'}>
          <span aria-hidden="true">{mark(faceSeen)} </span>
          {faceSeen ? t('seenFace') : t('seenNoFace')}
        </li>
        {faceSeen && (
          <>
            <li className={light === 'seenLightOk' ? 'seen-ok' : 'seen-bad'}>
              <span aria-hidden="true">{mark(light === 'seenLightOk')} </span>
              {t('seenLight')}：{t(light)}
            </li>
            <li className={positionOk ? 'seen-ok' : 'seen-bad'}>
              <span aria-hidden="true">{mark(positionOk)} </span>
              {t('seenPosition')}：{positionOk ? t('seenPositionOk') : t('seenPositionAdjust')}
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
