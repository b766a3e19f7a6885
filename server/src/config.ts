import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ServerConfig = {
  host: string;
  port: number;
  /** The built PWA (vite build output). */
  staticDir: string;
  /** Where the server keeps its data (database, evidence files). */
  dataDir: string;
  /** Served as /config.json to the app: which backend it talks to, kiosk defaults… */
  appConfig: Record<string, unknown>;
};

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/** Reads the environment once; fails fast with a clear message for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    // Loopback by default: a deployment opts in to listening on other interfaces.
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT, 8080),
    staticDir: path.resolve(env.STATIC_DIR ?? path.join(projectRoot, 'dist')),
    dataDir: path.resolve(env.DATA_DIR ?? path.join(projectRoot, 'data')),
    appConfig: env.APP_CONFIG_JSON ? (JSON.parse(env.APP_CONFIG_JSON) as Record<string, unknown>) : {},
  };
}
