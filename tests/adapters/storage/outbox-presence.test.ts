import { describe, expect, it } from 'vitest';
import { outboxMayHaveEntries } from '../../../src/adapters/storage/outbox-presence';

const factory = (databases: IDBFactory['databases'] | undefined) => ({ databases }) as unknown as IDBFactory;

describe('outboxMayHaveEntries', () => {
  it('is false only when the browser lists its databases and the outbox is not one of them', async () => {
    expect(await outboxMayHaveEntries(factory(async () => [{ name: 'workbox-expiration', version: 1 }]))).toBe(false);
    expect(await outboxMayHaveEntries(factory(async () => [{ name: 'certification-outbox', version: 1 }]))).toBe(true);
  });

  it('says yes where it cannot tell (no databases(), or it fails), and no without IndexedDB', async () => {
    expect(await outboxMayHaveEntries(factory(undefined))).toBe(true);
    expect(await outboxMayHaveEntries(factory(() => Promise.reject(new Error('blocked'))))).toBe(true);
    expect(await outboxMayHaveEntries(undefined)).toBe(false);
  });
});
