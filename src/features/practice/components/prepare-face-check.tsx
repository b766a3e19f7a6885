import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFaceCheckServices } from '../../liveness';

type PrepareState = { name: 'idle' } | { name: 'loading'; percent: number } | { name: 'done' } | { name: 'failed' };

/** 提前准备: fetch the model and wasm into the cache while on Wi-Fi, so later checks start offline. */
export function PrepareFaceCheck() {
  const { t } = useTranslation('practice');
  const faceCheck = useFaceCheckServices();
  const [state, setState] = useState<PrepareState>({ name: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ name: 'loading', percent: 0 });
    faceCheck
      .prepare(({ fraction }) => setState({ name: 'loading', percent: Math.floor(fraction * 100) }), controller.signal)
      .then(
        () => !controller.signal.aborted && setState({ name: 'done' }),
        () => !controller.signal.aborted && setState({ name: 'failed' }),
      );
  };

  return (
    <section className="prepare-face-check">
      {state.name === 'done' ? (
        <p role="status">
          <span aria-hidden="true">✓ </span>
          {t('prepareDone')}
        </p>
      ) : (
        <>
          <button type="button" className="btn btn-secondary btn-block" onClick={start} disabled={state.name === 'loading'}>
            {t('prepare')}
          </button>
          <p className="small-print">{t('prepareHint')}</p>
        </>
      )}
      {state.name === 'loading' && (
        <>
          <progress className="load-progress" max={100} value={state.percent} aria-label={t('prepare')} />
          <p role="status">{t('prepareProgress', { percent: state.percent })}</p>
        </>
      )}
      {state.name === 'failed' && <p role="alert">{t('prepareFailed')}</p>}
    </section>
  );
}
