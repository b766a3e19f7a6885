import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { challengeKindSchema, defaultEvidenceLimits, type ChallengeKindDto } from '../../contract/certification-api';

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
  /** How long a certification session (challenge + nonce) stays usable. */
  sessionTtlMs: number;
  /**
   * Uploads begun before the session expired may still be resumed and submitted this long after it
   * (weak networks drop mid-upload); new uploads are refused once the session has expired.
   */
  uploadGraceMs: number;
  photoMaxBytes: number;
  videoMaxBytes: number;
  videoMaxDurationMs: number;
  /** Evidence is deleted this many days after the decision (0 = at the next sweep). */
  evidenceRetentionDays: number;
  /** Name, ID number and phone are blanked this many days after the decision (the state stays readable). */
  recordRetentionDays: number;
  retentionSweepIntervalMs: number;
  /** Approve automatically what passes every pre-check (off by default: a person reviews everything). */
  autoApprovePrechecked: boolean;
  /** Origins allowed to call the API from another origin (CORS); empty = same origin only. */
  corsOrigins: string[];
  /** Requests per minute per client address, overall and for the sensitive endpoints. */
  rateLimitPerMinute: number;
  sessionRateLimitPerMinute: number;
  lookupRateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  /** Per person, whatever address they come from: new sessions per ID number, look-ups per receipt code, sign-ins per account. */
  sessionsPerPersonPerHour: number;
  lookupsPerCodePerHour: number;
  loginsPerAccountPerHour: number;
  /** Seconds the status endpoint suggests between polls (Retry-After) while a decision is pending. */
  statusPollSeconds: number;
  /** How long shutdown waits for uploads in flight before it closes their connections. */
  shutdownGraceMs: number;
  /** Review cookie "Secure" flag: 'auto' sets it on HTTPS requests (behind a TLS proxy set 'true'). */
  reviewCookieSecure: 'auto' | boolean;
  reviewSessionTtlMs: number;
  /**
   * Which X-Forwarded-For entries to believe: false (no proxy: the socket's address), the number of
   * proxies in front (each appends the address it saw), or the proxies' own addresses/CIDRs.
   */
  trustProxy: TrustProxy;
  logLevel: string;
  /** AES-256-GCM key for evidence at rest (EVIDENCE_KEY, 32 bytes as base64 or hex); null stores plain files. */
  evidenceKey: Buffer | null;
  /**
   * Tests and demonstrations only (FIXED_CHALLENGES=turn-right,turn-left): every session asks for
   * these actions in this order, so a recorded clip can pass. Never set it in production.
   */
  fixedChallenges?: ChallengeKindDto[];
};

export type TrustProxy = false | number | string[];

const cidrPattern = /^(.+)\/(\d{1,3})$/;

function isAddressOrCidr(value: string): boolean {
  const cidr = cidrPattern.exec(value);
  const address = cidr?.[1] ?? value;
  const version = isIP(address);
  if (version === 0) return false;
  return !cidr || Number(cidr[2]) <= (version === 4 ? 32 : 128);
}

/** Never "trust everyone": any client could then choose its own address and escape every limit. */
function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0 || !entries.every(isAddressOrCidr)) {
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the server (e.g. 1 for one nginx) or their addresses/CIDRs (e.g. 10.0.0.5,10.0.1.0/24), got "${raw}"` +
        (value === 'true' ? ': "true" would believe any client\'s X-Forwarded-For' : ''),
    );
  }
  return entries;
}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseNumber(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return value;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function parseChallenges(raw: string): ChallengeKindDto[] {
  const kinds = raw.split(',').map((kind) => kind.trim()).filter((kind) => kind !== '');
  const parsed = kinds.map((kind) => challengeKindSchema.safeParse(kind));
  if (kinds.length === 0 || parsed.some((result) => !result.success) || new Set(kinds).size !== kinds.length) {
    throw new Error(`FIXED_CHALLENGES must list different actions from blink, mouth-open, turn-left, turn-right (comma-separated), got "${raw}"`);
  }
  return kinds as ChallengeKindDto[];
}

function parseKey(raw: string | undefined): Buffer | null {
  if (raw === undefined || raw === '') return null;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('EVIDENCE_KEY must be 32 bytes, as 64 hex digits or base64 (e.g. openssl rand -base64 32)');
  return key;
}

function parseAppConfig(raw: string | undefined): Record<string, unknown> {
  // With this server the app talks to it; APP_CONFIG_JSON overrides (e.g. {"backend":{"kind":"demo"}}).
  if (!raw) return { backend: { kind: 'http' } };
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('APP_CONFIG_JSON must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Reads the environment once; fails fast with a clear message for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const secure = env.REVIEW_COOKIE_SECURE;
  return {
    // Loopback by default: a deployment opts in to listening on other interfaces.
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT, 8080),
    staticDir: path.resolve(env.STATIC_DIR ?? path.join(projectRoot, 'dist')),
    dataDir: path.resolve(env.DATA_DIR ?? path.join(projectRoot, 'data')),
    appConfig: parseAppConfig(env.APP_CONFIG_JSON),
    sessionTtlMs: parseNumber('SESSION_TTL_MINUTES', env.SESSION_TTL_MINUTES, 15, 1) * 60_000,
    uploadGraceMs: parseNumber('UPLOAD_GRACE_MINUTES', env.UPLOAD_GRACE_MINUTES, 30) * 60_000,
    photoMaxBytes: parseNumber('PHOTO_MAX_BYTES', env.PHOTO_MAX_BYTES, defaultEvidenceLimits.photoMaxBytes, 1),
    videoMaxBytes: parseNumber('VIDEO_MAX_BYTES', env.VIDEO_MAX_BYTES, defaultEvidenceLimits.videoMaxBytes, 1),
    videoMaxDurationMs: parseNumber('VIDEO_MAX_SECONDS', env.VIDEO_MAX_SECONDS, defaultEvidenceLimits.videoMaxDurationMs / 1000, 1) * 1000,
    evidenceRetentionDays: parseNumber('EVIDENCE_RETENTION_DAYS', env.EVIDENCE_RETENTION_DAYS, 30),
    recordRetentionDays: parseNumber('RECORD_RETENTION_DAYS', env.RECORD_RETENTION_DAYS, 400),
    retentionSweepIntervalMs: parseNumber('RETENTION_SWEEP_MINUTES', env.RETENTION_SWEEP_MINUTES, 60, 1) * 60_000,
    autoApprovePrechecked: parseBoolean('AUTO_APPROVE_PRECHECKED', env.AUTO_APPROVE_PRECHECKED, false),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
    rateLimitPerMinute: parseNumber('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 600, 1),
    sessionRateLimitPerMinute: parseNumber('SESSION_RATE_LIMIT_PER_MINUTE', env.SESSION_RATE_LIMIT_PER_MINUTE, 20, 1),
    lookupRateLimitPerMinute: parseNumber('LOOKUP_RATE_LIMIT_PER_MINUTE', env.LOOKUP_RATE_LIMIT_PER_MINUTE, 5, 1),
    loginRateLimitPerMinute: parseNumber('LOGIN_RATE_LIMIT_PER_MINUTE', env.LOGIN_RATE_LIMIT_PER_MINUTE, 10, 1),
    sessionsPerPersonPerHour: parseNumber('SESSIONS_PER_PERSON_PER_HOUR', env.SESSIONS_PER_PERSON_PER_HOUR, 10, 1),
    lookupsPerCodePerHour: parseNumber('LOOKUPS_PER_CODE_PER_HOUR', env.LOOKUPS_PER_CODE_PER_HOUR, 10, 1),
    loginsPerAccountPerHour: parseNumber('LOGINS_PER_ACCOUNT_PER_HOUR', env.LOGINS_PER_ACCOUNT_PER_HOUR, 20, 1),
    statusPollSeconds: parseNumber('STATUS_POLL_SECONDS', env.STATUS_POLL_SECONDS, 60, 1),
    shutdownGraceMs: parseNumber('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 20) * 1000,
    reviewCookieSecure: secure === undefined || secure === '' || secure === 'auto' ? 'auto' : parseBoolean('REVIEW_COOKIE_SECURE', secure, true),
    reviewSessionTtlMs: parseNumber('REVIEW_SESSION_HOURS', env.REVIEW_SESSION_HOURS, 8, 0.01) * 3_600_000,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    evidenceKey: parseKey(env.EVIDENCE_KEY),
    ...(env.FIXED_CHALLENGES ? { fixedChallenges: parseChallenges(env.FIXED_CHALLENGES) } : {}),
  };
}
