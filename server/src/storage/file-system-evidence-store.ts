import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { canWriteIn, freeBytesAt } from './directory-health';
import type { EvidenceStore } from './evidence-store';

const SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** "PCE1": marks an encrypted evidence file (then IV, ciphertext, GCM tag). */
const MAGIC = Buffer.from('PCE1', 'latin1');
const OVERHEAD = MAGIC.length + IV_BYTES + TAG_BYTES;

/**
 * Evidence files under one folder; keys map to sub-paths and are checked so none can leave it.
 * With an encryption key (EVIDENCE_KEY, 32 bytes) every file is sealed with AES-256-GCM at rest, so a
 * copied disk or backup shows no faces; files are small (≤ 8 MB), so reads decrypt in memory.
 */
export class FileSystemEvidenceStore implements EvidenceStore {
  constructor(
    private readonly root: string,
    private readonly encryptionKey: Buffer | null = null,
  ) {
    if (encryptionKey && encryptionKey.length !== 32) throw new Error('EVIDENCE_KEY must be 32 bytes');
  }

  private resolve(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error('unsafe evidence key');
    const full = path.resolve(this.root, key);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error('unsafe evidence key');
    return full;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.resolve(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    let content = bytes;
    if (this.encryptionKey) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
      const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
      content = Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]);
    }
    // Written beside the target and renamed: a reader never sees half a file.
    const partial = `${target}.partial-${randomBytes(6).toString('hex')}`;
    try {
      await writeFile(partial, content, { mode: 0o600 });
      await rename(partial, target);
    } catch (error: unknown) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    try {
      const bytes = (await stat(this.resolve(key))).size;
      return this.encryptionKey ? bytes - OVERHEAD : bytes;
    } catch {
      return null;
    }
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable | null> {
    const file = this.resolve(key);
    if ((await this.size(key)) === null) return null;
    if (!this.encryptionKey) return createReadStream(file, range);
    const sealed = await readFile(file);
    if (!sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('evidence file is not encrypted with this store');
    const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(MAGIC.length + IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    return Readable.from([range ? plain.subarray(range.start, range.end + 1) : plain]);
  }

  freeBytes(): Promise<number | null> {
    return freeBytesAt(this.root);
  }

  canWrite(): Promise<boolean> {
    return canWriteIn(this.root);
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.resolve(prefix), { recursive: true, force: true });
  }
}
