import * as z from 'zod/mini';
import { challengeKinds } from '../../../contract/challenges';

/**
 * Deployment settings, read at start-up from /config.json served beside the app, so one build
 * serves many deployments. Every field has an embedded default: the app works with no config.json.
 * Features add their own section here.
 */
export const runtimeConfigSchema = z.object({
  backend: z._default(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('demo') }),
      z.object({ kind: z.literal('http'), baseUrl: z._default(z.string(), '') }),
    ]),
    { kind: 'demo' as const },
  ),
  /** Practice face check: a fixed action list (demonstrations, tests); random when absent. */
  practice: z._default(z.object({ challenges: z.optional(z.array(z.enum(challengeKinds))) }), {}),
  /**
   * Community kiosk: `preset` turns kiosk mode on for a deployment (staff still set the PIN once);
   * `idleSeconds` without a touch before the countdown, `countdownSeconds` of countdown before the
   * person's details are wiped.
   */
  kiosk: z._default(
    z.object({
      preset: z.optional(z.boolean()),
      idleSeconds: z.optional(z.number().check(z.positive())),
      countdownSeconds: z.optional(z.number().check(z.positive())),
    }),
    {},
  ),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const defaultRuntimeConfig: RuntimeConfig = runtimeConfigSchema.parse({});

/** Parses config.json; anything invalid falls back to the defaults, with the reason in the console. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  console.warn('config.json is invalid; using the built-in defaults', result.error);
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
