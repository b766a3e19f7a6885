import { randomBytes } from 'node:crypto';
import { rm, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Free bytes for an unprivileged writer on the folder's file system (statfs), or null if it cannot be read. */
export async function freeBytesAt(directory: string): Promise<number | null> {
  try {
    const info = await statfs(directory);
    return info.bavail * info.bsize;
  } catch {
    return null;
  }
}

/** Whether a file can really be created, written and removed in the folder right now (not just its permission bits). */
export async function canWriteIn(directory: string): Promise<boolean> {
  const probe = path.join(directory, `.health-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(probe, 'ok', { mode: 0o600, flush: true });
    return true;
  } catch {
    return false;
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}
