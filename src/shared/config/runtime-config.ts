import * as v from 'valibot';
import { challengeKinds } from '../../../contract/challenges';

/**
 * Deployment settings, read at start-up from /config.json served beside the app, so one build
 * serves many deployments. Every field has an embedded default: the app works with no config.json.
 * Features add their own section here.
 *
 * Checked with valibot rather than the zod of contract/: this is read before the first screen is
 * drawn, and valibot's parts come to about 2 KB there where zod's core is 8 KB (gzip). The API
 * schemas the app shares with the server stay zod, loaded with the screens that use them.
 */
export const runtimeConfigSchema = v.object({
  backend: v.optional(
    v.variant('kind', [
      v.object({ kind: v.literal('demo') }),
      v.object({ kind: v.literal('http'), baseUrl: v.optional(v.string(), '') }),
    ]),
    { kind: 'demo' as const },
  ),
  /** Practice face check: a fixed action list (demonstrations, tests); random when absent. */
  practice: v.optional(v.object({ challenges: v.optional(v.array(v.picklist(challengeKinds))) }), {}),
  /**
   * Community kiosk: `preset` turns kiosk mode on for a deployment (staff still set the PIN once);
   * `idleSeconds` without a touch before the countdown, `countdownSeconds` of countdown before the
   * person's details are wiped.
   */
  kiosk: v.optional(
    v.object({
      preset: v.optional(v.boolean()),
      idleSeconds: v.optional(v.pipe(v.number(), v.gtValue(0))),
      countdownSeconds: v.optional(v.pipe(v.number(), v.gtValue(0))),
    }),
    {},
  ),
});

export type RuntimeConfig = v.InferOutput<typeof runtimeConfigSchema>;

export const defaultRuntimeConfig: RuntimeConfig = v.parse(runtimeConfigSchema, {});

/** Parses config.json; anything invalid falls back to the defaults, with the reason in the console. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = v.safeParse(runtimeConfigSchema, raw ?? {});
  if (result.success) return result.output;
  console.warn('config.json is invalid; using the built-in defaults', v.flatten(result.issues));
  return defaultRuntimeConfig;
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl('/config.json', { cache: 'no-cache' });
    if (!response.ok) return defaultRuntimeConfig;
    return parseRuntimeConfig(await response.json());
  } catch {
    // Offline on a first visit: the service worker has no copy yet. The defaults still work.
    return defaultRuntimeConfig;
  }
}
