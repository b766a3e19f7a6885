import { defaultAppConfig, parseAppConfig, type AppConfig } from '../../../contract/app-config';

/**
 * Deployment settings, read at start-up from /config.json served beside the app, so one build
 * serves many deployments. The schema is the contract's (contract/app-config.ts), the one the
 * reference server checks APP_CONFIG_JSON against. Every field has an embedded default: the app
 * works with no config.json.
 */
export type RuntimeConfig = AppConfig;

export const defaultRuntimeConfig: RuntimeConfig = defaultAppConfig;

/** Parses config.json: a wrong section falls back to its default, with the reason in the console. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const { config, problems } = parseAppConfig(raw ?? {});
  if (problems.length > 0) {
    console.warn(`config.json: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}; those sections use the built-in defaults`);
  }
  return config;
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
