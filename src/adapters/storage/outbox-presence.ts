/** The IndexedDB database of the submission outbox (see indexeddb-outbox-storage.ts). */
export const outboxDatabaseName = 'certification-outbox';

/**
 * Whether this device may have anything in the outbox: false only when the browser can list its
 * databases and the outbox's is not among them (nothing was ever saved or looked at here). Lets
 * the app leave the submission code out of a first visit; where it cannot tell, it says yes.
 */
export async function outboxMayHaveEntries(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  if (!factory) return false;
  if (typeof factory.databases !== 'function') return true;
  try {
    const databases = await factory.databases();
    return databases.some((database) => database.name === outboxDatabaseName);
  } catch {
    return true;
  }
}
