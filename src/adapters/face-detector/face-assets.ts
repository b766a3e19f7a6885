import { FaceDetectorError, type LoadProgress } from './face-detector';

/**
 * Everything the face check needs comes from the app's own origin. These exact URLs are what the
 * service worker's CacheFirst rule (vite.config.ts) and prepareFaceCheck() store, so a check started
 * next year with no network finds them.
 */
export const faceAssetCacheName = 'face-check-assets-v1';
export const mediapipeWasmBaseUrl = '/mediapipe/wasm';
export const faceModelUrl = '/models/face_landmarker.task';

/** Sizes of the shipped files, used for the progress bar until the server tells us the real ones. */
const expectedBytes: Record<string, number> = {
  [faceModelUrl]: 3_758_596,
  '.wasm': 12_997_248,
  '.js': 335_393,
};

/**
 * A download on a weak rural connection can be slow but should not sit still: with no new bytes
 * for 30 s we stop and say so, instead of showing a frozen progress bar for ever.
 */
export const stallTimeoutMs = 30_000;

export type AssetDownload = { url: string; bytes: Uint8Array | null };

function guessBytes(url: string): number {
  if (url in expectedBytes) return expectedBytes[url] ?? 1;
  if (url.endsWith('.wasm')) return expectedBytes['.wasm'] ?? 1;
  return expectedBytes['.js'] ?? 1;
}

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(faceAssetCacheName);
  } catch {
    // Private browsing and some WebViews have no Cache Storage: the download still works.
    return null;
  }
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Fetches the files (from the cache when they are there), reporting progress over all of them,
 * and keeps a copy in the face-check cache. Returns the bytes of the files asked for with `keep`.
 */
export async function downloadFaceAssets(
  urls: readonly string[],
  options: {
    keep?: ReadonlySet<string>;
    signal?: AbortSignal | undefined;
    onProgress?: ((progress: LoadProgress) => void) | undefined;
    /** The share of the whole preparation that downloading stands for (the rest is starting up). */
    share?: number;
    /** Where on the progress bar this download starts (a second download after a fallback goes on from there). */
    offset?: number;
    fetchImpl?: typeof fetch;
  } = {},
): Promise<AssetDownload[]> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const share = options.share ?? 1;
  const offset = options.offset ?? 0;
  const cache = await openCache();
  const totals = new Map(urls.map((url) => [url, guessBytes(url)]));
  const loaded = new Map(urls.map((url) => [url, 0]));
  const report = () => {
    let total = 0;
    let done = 0;
    for (const url of urls) {
      const size = totals.get(url) ?? 1;
      total += size;
      done += Math.min(loaded.get(url) ?? 0, size);
    }
    options.onProgress?.({ stage: 'download', fraction: offset + (share * done) / Math.max(total, 1) });
  };
  report();

  const results: AssetDownload[] = [];
  for (const url of urls) {
    const keep = options.keep?.has(url) ?? false;
    const cached = cache ? await cache.match(url) : undefined;
    if (cached) {
      const bytes = keep ? new Uint8Array(await cached.arrayBuffer()) : null;
      loaded.set(url, totals.get(url) ?? 1);
      report();
      results.push({ url, bytes });
      continue;
    }
    if (isOffline()) throw new FaceDetectorError('offline-not-cached', `offline and ${url} is not cached yet`);
    const chunks = await fetchWithProgress(url, fetchImpl, options.signal, (received, total) => {
      if (total > 0) totals.set(url, total);
      loaded.set(url, received);
      report();
    });
    // Only the model's 3.7 MB are joined into one array; the 13 MB of wasm go to the cache as a
    // Blob of the downloaded chunks, without a big copy that would freeze the progress bar.
    const bytes = keep ? joinChunks(chunks) : null;
    if (cache) {
      try {
        const type = url.endsWith('.wasm') ? 'application/wasm' : url.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
        const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
        const body = bytes ?? new Blob(chunks as BlobPart[]);
        await cache.put(url, new Response(body, { headers: { 'Content-Type': type, 'Content-Length': String(size) } }));
      } catch {
        // A full disk only means the next visit downloads again.
      }
    }
    results.push({ url, bytes });
  }
  return results;
}

async function fetchWithProgress(
  url: string,
  fetchImpl: typeof fetch,
  outerSignal: AbortSignal | undefined,
  onBytes: (received: number, total: number) => void,
): Promise<Uint8Array[]> {
  const controller = new AbortController();
  const abortFromOuter = () => controller.abort(outerSignal?.reason);
  outerSignal?.addEventListener('abort', abortFromOuter, { once: true });
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  const armStallTimer = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => controller.abort(new Error('stalled')), stallTimeoutMs);
  };
  try {
    armStallTimer();
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal });
    } catch (error) {
      if (outerSignal?.aborted) throw error;
      const code = isOffline() ? 'offline-not-cached' : 'download-failed';
      throw new FaceDetectorError(code, `could not download ${url}`, { cause: error });
    }
    if (!response.ok) throw new FaceDetectorError('download-failed', `${url}: HTTP ${response.status}`);
    const total = Number(response.headers.get('Content-Length') ?? 0);
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      onBytes(bytes.byteLength, bytes.byteLength);
      return [bytes];
    }
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (outerSignal?.aborted) throw error;
        throw new FaceDetectorError(isOffline() ? 'offline-not-cached' : 'download-failed', `download of ${url} broke off`, {
          cause: error,
        });
      }
      if (chunk.done) break;
      parts.push(chunk.value);
      received += chunk.value.byteLength;
      armStallTimer();
      onBytes(received, total);
    }
    return parts;
  } finally {
    clearTimeout(stallTimer);
    outerSignal?.removeEventListener('abort', abortFromOuter);
  }
}

function joinChunks(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
