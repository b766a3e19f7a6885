import { useCallback, useEffect, useState } from 'react';
import { errorCodeOf } from '../model/error-messages';
import { useReviewSession } from '../session/review-session';

export type Resource<T> =
  | { status: 'loading'; reload(): void }
  | { status: 'error'; error: unknown; reload(): void }
  | { status: 'ready'; data: T; reload(): void };

/**
 * Loads something from the review API when `key` changes and on reload(); aborts on unmount.
 * A 401 sends the reviewer to the sign-in screen instead of showing an error.
 */
export function useApiResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const { expire } = useReviewSession();
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<
    { key: string; generation: number } & ({ status: 'ready'; data: T } | { status: 'error'; error: unknown })
  >();
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, generation, status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (errorCodeOf(error) === 'not-signed-in') expire();
        else setState({ key, generation, status: 'error', error });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation, expire]);

  if (!state || state.key !== key || state.generation !== generation) return { status: 'loading', reload };
  return state.status === 'ready' ? { status: 'ready', data: state.data, reload } : { status: 'error', error: state.error, reload };
}
