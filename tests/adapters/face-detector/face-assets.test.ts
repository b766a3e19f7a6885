import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFaceAssets, faceModelUrl } from '../../../src/adapters/face-detector/face-assets';
import { isSoftwareRenderer } from '../../../src/adapters/face-detector/web-platform-support';
import { detectWebGl } from '../../../src/adapters/face-detector/webgl-probe';

function streamingResponse(bytes: number, chunks: number): Response {
  const size = Math.ceil(bytes / chunks);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(size, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(7));
    },
  });
  return new Response(body, { headers: { 'Content-Length': String(bytes) } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('downloadFaceAssets', () => {
  it('streams every file, reporting rising progress up to its share, and returns the bytes asked for', async () => {
    const fetchImpl = vi.fn((url: string | URL | Request) =>
      Promise.resolve(streamingResponse(String(url).endsWith('.task') ? 4000 : 9000, 5)),
    ) as unknown as typeof fetch;
    const fractions: number[] = [];
    const result = await downloadFaceAssets(['/mediapipe/wasm/a.js', '/mediapipe/wasm/a.wasm', faceModelUrl], {
      keep: new Set([faceModelUrl]),
      share: 0.85,
      fetchImpl,
      onProgress: ({ fraction }) => fractions.push(fraction),
    });
    expect(result.map((r) => r.url)).toEqual(['/mediapipe/wasm/a.js', '/mediapipe/wasm/a.wasm', faceModelUrl]);
    expect(result[2]?.bytes?.byteLength).toBe(4000);
    expect(result[0]?.bytes).toBeNull();
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBeCloseTo(0.85, 5);
    expect(Math.max(...fractions)).toBeLessThanOrEqual(0.85 + 1e-9);
  });

  it('says offline-not-cached when there is no network and no cached copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    const fetchImpl = vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(downloadFaceAssets([faceModelUrl], { fetchImpl })).rejects.toMatchObject({ code: 'offline-not-cached' });
  });

  it('says download-failed for a server error or a broken connection while online', async () => {
    const serverError = vi.fn(() => Promise.resolve(new Response('no', { status: 503 }))) as unknown as typeof fetch;
    await expect(downloadFaceAssets([faceModelUrl], { fetchImpl: serverError })).rejects.toMatchObject({ code: 'download-failed' });
    const broken = vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(downloadFaceAssets([faceModelUrl], { fetchImpl: broken })).rejects.toMatchObject({ code: 'download-failed' });
  });

  it('uses the face-check cache when it has the file, without any network', async () => {
    const cached = new Map([[faceModelUrl, new Response(new Uint8Array(1234))]]);
    const put = vi.fn();
    vi.stubGlobal('caches', {
      open: () => Promise.resolve({ match: (url: string) => Promise.resolve(cached.get(url)), put }),
    });
    const fetchImpl = vi.fn() as unknown as typeof fetch;
    const result = await downloadFaceAssets([faceModelUrl], { keep: new Set([faceModelUrl]), fetchImpl });
    expect(result[0]?.bytes?.byteLength).toBe(1234);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(put).not.toHaveBeenCalled();
  });

  it('stores a fresh download in the face-check cache under the exact URL', async () => {
    const put = vi.fn((_url: string, _response: Response) => Promise.resolve());
    vi.stubGlobal('caches', { open: () => Promise.resolve({ match: () => Promise.resolve(undefined), put }) });
    const fetchImpl = vi.fn(() => Promise.resolve(streamingResponse(300, 2))) as unknown as typeof fetch;
    await downloadFaceAssets(['/mediapipe/wasm/vision_wasm_internal.wasm'], { fetchImpl });
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]?.[0]).toBe('/mediapipe/wasm/vision_wasm_internal.wasm');
    expect(put.mock.calls[0]?.[1].headers.get('Content-Type')).toBe('application/wasm');
  });
});

describe('WebGL support', () => {
  it('reports no WebGL when the canvas gives no context', () => {
    const canvas = { getContext: () => null } as unknown as HTMLCanvasElement;
    expect(detectWebGl(() => canvas)).toEqual({ version: 0, renderer: '' });
  });

  it('knows software renderers, where the GPU delegate only costs time', () => {
    expect(isSoftwareRenderer('Google SwiftShader')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('Adreno (TM) 610')).toBe(false);
  });
});
