import type { OutboxSync } from '../../submission';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';

/**
 * Removes kiosk entries from the outbox on 下一位 without dropping an upload: entries the server
 * already has (or refused for good) go at once; entries still waiting or uploading go the moment
 * they settle. Started by the kiosk shell, stopped when it unmounts.
 */
export type OutboxPurger = {
  /** Forgets settled entries now and marks the others to be forgotten when they settle. */
  purge: () => Promise<void>;
  stop: () => void;
};

type Settled = (entry: OutboxEntry) => void;

function isSettled(entry: OutboxEntry): boolean {
  return entry.phase === 'submitted' || entry.phase === 'failed';
}

export function startOutboxPurger(outbox: OutboxSync, onSettled: Settled): OutboxPurger {
  const doomed = new Set<string>();
  const reported = new Set<string>();

  const check = () => {
    for (const entry of outbox.getSnapshot().entries) {
      if (isSettled(entry) && !reported.has(entry.id)) {
        reported.add(entry.id);
        onSettled(entry);
      }
      if (doomed.has(entry.id) && isSettled(entry)) {
        doomed.delete(entry.id);
        void outbox.forget(entry.id);
      }
    }
  };
  const unsubscribe = outbox.subscribe(check);
  check();

  return {
    async purge() {
      const entries = outbox.getSnapshot().entries;
      await Promise.all(
        entries.map(async (entry) => {
          if (isSettled(entry)) {
            if (!reported.has(entry.id)) {
              reported.add(entry.id);
              onSettled(entry);
            }
            await outbox.forget(entry.id);
          } else {
            doomed.add(entry.id);
          }
        }),
      );
    },
    stop: unsubscribe,
  };
}
