import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Evidence, EvidenceMetadata } from '../backend/evidence';
import type { SubmissionReceipt } from '../backend/certification-backend';
import type { OutboxEntry } from './outbox-storage';
import { blobToArrayBuffer } from './blob-bytes';
import { outboxDatabaseName } from './outbox-presence';
import type { OutboxStorage } from './outbox-storage';

/**
 * Blobs are stored as ArrayBuffers: older iOS Safari versions could not keep Blobs in IndexedDB,
 * and ArrayBuffers survive every browser's structured clone.
 */
type StoredBytes = { bytes: ArrayBuffer; type: string };
type StoredEvidence = { id: string; photo: StoredBytes; video: StoredBytes; metadata: EvidenceMetadata };

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry };
  evidence: { key: string; value: StoredEvidence };
}

export { outboxDatabaseName };

async function toStored(blob: Blob): Promise<StoredBytes> {
  return { bytes: await blobToArrayBuffer(blob), type: blob.type };
}

function fromStored(stored: StoredBytes): Blob {
  return new Blob([stored.bytes], { type: stored.type });
}

export function createIndexedDbOutboxStorage(name: string = outboxDatabaseName): OutboxStorage {
  let dbPromise: Promise<IDBPDatabase<OutboxDb>> | undefined;
  const db = () =>
    (dbPromise ??= openDB<OutboxDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('entries', { keyPath: 'id' });
        database.createObjectStore('evidence', { keyPath: 'id' });
      },
      // Another tab upgraded the schema: let it, and reopen on next use.
      blocking() {
        void dbPromise?.then((open) => open.close());
        dbPromise = undefined;
      },
    }));

  return {
    async add(entry, evidence) {
      // Read the blobs before the transaction: an await on anything else would let it auto-commit.
      const [photo, video] = await Promise.all([toStored(evidence.photo), toStored(evidence.video)]);
      const tx = (await db()).transaction(['entries', 'evidence'], 'readwrite');
      await Promise.all([
        tx.objectStore('entries').put(entry),
        tx.objectStore('evidence').put({ id: entry.id, photo, video, metadata: evidence.metadata }),
        tx.done,
      ]);
    },
    async update(entry) {
      const tx = (await db()).transaction('entries', 'readwrite');
      const exists = (await tx.store.getKey(entry.id)) !== undefined;
      if (exists) await tx.store.put(entry);
      await tx.done;
      return exists;
    },
    async get(id) {
      return (await db()).get('entries', id);
    },
    async list() {
      return (await db()).getAll('entries');
    },
    async getEvidence(id) {
      const stored = await (await db()).get('evidence', id);
      if (!stored) return undefined;
      const evidence: Evidence = { photo: fromStored(stored.photo), video: fromStored(stored.video), metadata: stored.metadata };
      return evidence;
    },
    async markReceived(id: string, receipt: SubmissionReceipt, receivedAt: string) {
      const tx = (await db()).transaction(['entries', 'evidence'], 'readwrite');
      const entries = tx.objectStore('entries');
      const current = await entries.get(id);
      let updated: OutboxEntry | undefined;
      if (current) {
        updated = { ...current, phase: 'submitted', receipt, receivedAt, upload: {}, lastErrorCode: undefined, nextAttemptAtMs: undefined };
        await entries.put(updated);
      }
      await tx.objectStore('evidence').delete(id);
      await tx.done;
      return updated;
    },
    async deleteEvidence(id) {
      await (await db()).delete('evidence', id);
    },
    async remove(id) {
      const tx = (await db()).transaction(['entries', 'evidence'], 'readwrite');
      await Promise.all([tx.objectStore('entries').delete(id), tx.objectStore('evidence').delete(id), tx.done]);
    },
    async clear() {
      const tx = (await db()).transaction(['entries', 'evidence'], 'readwrite');
      await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('evidence').clear(), tx.done]);
    },
  };
}
