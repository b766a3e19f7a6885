/**
 * The media element's next `event`, for code that steps a <video> through loading and seeking:
 * rejects with `failure()` when the element reports an error instead, or with the signal's reason
 * when the person leaves. Its listeners are removed either way.
 */
export function nextMediaEvent(target: EventTarget, event: string, failure: () => Error, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      target.removeEventListener(event, onEvent);
      target.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onEvent = () => {
      cleanup();
      resolve();
    };
    const onError = () => {
      cleanup();
      reject(failure());
    };
    const onAbort = () => {
      cleanup();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    target.addEventListener(event, onEvent);
    target.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
  });
}
