import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAppConfig as checkAppConfig } from '../../contract/app-config';
import { challengeKindSchema, defaultEvidenceLimits, type ChallengeKindDto } from '../../contract/certification-api';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ServerConfig = {
  host: string;
  port: number;
  /** The built PWA (vite build output). */
  staticDir: string;
  /** Where the server keeps its data (the SQLite database when DATABASE_URL is unset). */
  dataDir: string;
  /**
   * Where tus uploads in progress (uploads/) and evidence (evidence/) live: default DATA_DIR. With
   * several servers, a volume they all mount (a network file system), so any server can continue an
   * upload another one began and serve any submission's evidence.
   */
  evidenceDir: string;
  /** PostgreSQL (postgres://user:password@host:port/db): several servers share it. null: SQLite in DATA_DIR. */
  databaseUrl: string | null;
  /** Connections per server: queries, and (a second pool) locks held by uploads in progress. */
  databasePoolSize: number;
  databaseLockPoolSize: number;
  /** Apply pending migrations at start-up (default); false: refuse to start until `npm run db:migrate` ran. */
  migrateOnStart: boolean;
  /** Redis (redis://host:port) for rate-limit counters shared by every server; null: in memory, per process. */
  redisUrl: string | null;
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
  /** Bytes one session may stage in all its uploads together (declared lengths), and all sessions together. */
  stagingBytesPerSession: number;
  stagingMaxBytes: number;
  /** Below this much free space new sessions and uploads are refused (503, Retry-After) and health fails. */
  minFreeDiskBytes: number;
  /** How often uploads past their session's upload deadline are deleted (and the person's details with them). */
  stagingSweepIntervalMs: number;
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
  /** Wrong ID-number endings a receipt's short code survives; then it is locked for good. */
  lookupMaxWrongTries: number;
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

function parseUrl(name: string, raw: string | undefined, protocols: string[]): string | null {
  if (raw === undefined || raw === '') return null;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    protocol = '';
  }
  // The value may hold a password: never repeat it in the message.
  if (!protocols.includes(protocol)) throw new Error(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return raw;
}

function parseAppConfig(raw: string | undefined): Record<string, unknown> {
  // With this server the app talks to it; APP_CONFIG_JSON overrides (e.g. {"backend":{"kind":"demo"}}).
  // Without an "agency" the app offers no certification of its own (only the guide to the official
  // channels): the deploying agency names itself there (README, "Deploying for an agency").
  if (!raw) return { backend: { kind: 'http' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Error(`APP_CONFIG_JSON is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('APP_CONFIG_JSON must be a JSON object');
  }
  // The app would quietly drop a wrong section (and with a wrong agency, stop offering certification
  // on every phone): the operator hears about it now instead.
  const { problems } = checkAppConfig(parsed);
  if (problems.length > 0) {
    throw new Error(`APP_CONFIG_JSON is not a valid app config: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  // Served as given: the app parses it with the same schema.
  return parsed as Record<string, unknown>;
}

/** Reads the environment once; fails fast with a clear message for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const secure = env.REVIEW_COOKIE_SECURE;
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(projectRoot, 'data'));
  const photoMaxBytes = parseNumber('PHOTO_MAX_BYTES', env.PHOTO_MAX_BYTES, defaultEvidenceLimits.photoMaxBytes, 1);
  const videoMaxBytes = parseNumber('VIDEO_MAX_BYTES', env.VIDEO_MAX_BYTES, defaultEvidenceLimits.videoMaxBytes, 1);
  return {
    // Loopback by default: a deployment opts in to listening on other interfaces.
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT, 8080),
    staticDir: path.resolve(env.STATIC_DIR ?? path.join(projectRoot, 'dist')),
    dataDir,
    evidenceDir: env.EVIDENCE_DIR ? path.resolve(env.EVIDENCE_DIR) : dataDir,
    databaseUrl: parseUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']),
    databasePoolSize: parseNumber('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10, 1),
    databaseLockPoolSize: parseNumber('DATABASE_LOCK_POOL_SIZE', env.DATABASE_LOCK_POOL_SIZE, 20, 2),
    migrateOnStart: parseBoolean('DB_MIGRATE_ON_START', env.DB_MIGRATE_ON_START, true),
    redisUrl: parseUrl('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']),
    appConfig: parseAppConfig(env.APP_CONFIG_JSON),
    sessionTtlMs: parseNumber('SESSION_TTL_MINUTES', env.SESSION_TTL_MINUTES, 15, 1) * 60_000,
    uploadGraceMs: parseNumber('UPLOAD_GRACE_MINUTES', env.UPLOAD_GRACE_MINUTES, 30) * 60_000,
    photoMaxBytes,
    videoMaxBytes,
    // One photo and one video at their largest: a retry of a smaller file still fits.
    stagingBytesPerSession: parseNumber('STAGING_BYTES_PER_SESSION', env.STAGING_BYTES_PER_SESSION, photoMaxBytes + videoMaxBytes, 1),
    stagingMaxBytes: parseNumber('STAGING_MAX_BYTES', env.STAGING_MAX_BYTES, 2 * 1024 ** 3, 1),
    minFreeDiskBytes: parseNumber('MIN_FREE_DISK_MB', env.MIN_FREE_DISK_MB, 1024) * 1024 * 1024,
    stagingSweepIntervalMs: parseNumber('STAGING_SWEEP_MINUTES', env.STAGING_SWEEP_MINUTES, 5, 0.1) * 60_000,
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
    lookupMaxWrongTries: parseNumber('LOOKUP_MAX_WRONG_TRIES', env.LOOKUP_MAX_WRONG_TRIES, 5, 1),
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
