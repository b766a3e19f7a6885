import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';

export type StorageHealth = { writable: boolean; freeBytes: number | null; minFreeBytes: number; low: boolean };

/** When a full disk refuses new work, the client is told to come back in this many seconds. */
export const storageRetryAfterSeconds = 300;

type Deps = Pick<ServerContext, 'config' | 'staging' | 'evidence'>;

/** The staging area's and the evidence store's free space: the smaller one decides. */
async function freeBytes(context: Deps): Promise<number | null> {
  const known = (await Promise.all([context.staging.freeBytes(), context.evidence.freeBytes()])).filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/** For the health check: can both really be written right now, and how much room is left. */
export async function checkStorage(context: Deps): Promise<StorageHealth> {
  const [stagingWritable, evidenceWritable, free] = await Promise.all([context.staging.canWrite(), context.evidence.canWrite(), freeBytes(context)]);
  const minFreeBytes = context.config.minFreeDiskBytes;
  return { writable: stagingWritable && evidenceWritable, freeBytes: free, minFreeBytes, low: free !== null && free < minFreeBytes };
}

/**
 * Before new work that will need disk (a session, an upload): refused with 503 + Retry-After while
 * free space is below the watermark, so that what is already under way can still finish.
 */
export async function assertRoomForNewWork(context: Deps): Promise<void> {
  const free = await freeBytes(context);
  if (free !== null && free < context.config.minFreeDiskBytes) {
    throw new HttpError(503, 'storage-full', 'The server is short of disk space: please try again later.', {}, storageRetryAfterSeconds);
  }
}

/** After a disk or database failure, the client is told to come back in this many seconds. */
export const storageFailureRetryAfterSeconds = 60;

/** File system errors that are the disk's fault, not the request's. */
const diskErrorCodes = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EMFILE', 'ENFILE', 'ESTALE']);

/**
 * Whether an error is the server's storage failing: a file system error (above) or SQLite's own
 * (SQLITE_FULL, SQLITE_IOERR_*, SQLITE_READONLY, SQLITE_BUSY, SQLITE_CANTOPEN …).
 */
export function isStorageFailure(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof code !== 'string') return false;
  return diskErrorCodes.has(code) || /^SQLITE_(FULL|IOERR|READONLY|BUSY|LOCKED|CANTOPEN|NOMEM|CORRUPT|NOTADB)/.test(code);
}
