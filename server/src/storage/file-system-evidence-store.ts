import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { EvidenceStore } from './evidence-store';

const SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** Evidence files under one folder; keys map to sub-paths and are checked so none can leave it. */
export class FileSystemEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  private resolve(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error('unsafe evidence key');
    const full = path.resolve(this.root, key);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error('unsafe evidence key');
    return full;
  }

  async importFile(key: string, sourcePath: string): Promise<void> {
    const target = this.resolve(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    try {
      await rename(sourcePath, target);
    } catch (error: unknown) {
      // Another file system (a mounted volume): copy, then remove the staged file.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(sourcePath, target);
      await unlink(sourcePath);
    }
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.resolve(key))).size;
    } catch {
      return null;
    }
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable | null> {
    const file = this.resolve(key);
    if ((await this.size(key)) === null) return null;
    return createReadStream(file, range);
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.resolve(prefix), { recursive: true, force: true });
  }
}
