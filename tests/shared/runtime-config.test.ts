import { describe, expect, it, vi } from 'vitest';
import { defaultRuntimeConfig, loadRuntimeConfig, parseRuntimeConfig } from '../../src/shared/config/runtime-config';

describe('runtime config (config.json)', () => {
  it('fills every default when there is nothing', () => {
    expect(defaultRuntimeConfig).toEqual({ backend: { kind: 'demo' }, practice: {}, kiosk: {} });
    expect(parseRuntimeConfig(null)).toEqual(defaultRuntimeConfig);
  });

  it('reads a deployment’s backend, practice actions and kiosk timings, and drops unknown fields', () => {
    expect(
      parseRuntimeConfig({
        backend: { kind: 'http' },
        practice: { challenges: ['turn-left', 'blink'] },
        kiosk: { preset: true, idleSeconds: 90, countdownSeconds: 20 },
        somethingElse: 1,
      }),
    ).toEqual({
      backend: { kind: 'http', baseUrl: '' },
      practice: { challenges: ['turn-left', 'blink'] },
      kiosk: { preset: true, idleSeconds: 90, countdownSeconds: 20 },
    });
  });

  it('falls back to the defaults, with the reason in the console, for anything invalid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseRuntimeConfig({ backend: { kind: 'ftp' } })).toEqual(defaultRuntimeConfig);
    expect(parseRuntimeConfig({ practice: { challenges: ['jump'] } })).toEqual(defaultRuntimeConfig);
    expect(parseRuntimeConfig({ kiosk: { idleSeconds: 0 } })).toEqual(defaultRuntimeConfig);
    expect(parseRuntimeConfig('not an object')).toEqual(defaultRuntimeConfig);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });

  it('uses the defaults when config.json is missing or the phone is offline', async () => {
    expect(await loadRuntimeConfig(async () => new Response('', { status: 404 }))).toEqual(defaultRuntimeConfig);
    expect(await loadRuntimeConfig(() => Promise.reject(new TypeError('offline')))).toEqual(defaultRuntimeConfig);
    expect(await loadRuntimeConfig(async () => Response.json({ backend: { kind: 'http', baseUrl: '/x' } }))).toMatchObject({
      backend: { kind: 'http', baseUrl: '/x' },
    });
  });
});
