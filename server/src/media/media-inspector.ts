import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { unreadableCode, type EvidencePart, type Inspection, type PhotoFacts, type VideoFacts } from './inspect-evidence';
import type { InspectionTask } from './inspection-task';
import type { ReadLimits } from './read-budget';

/**
 * Reads evidence files off the event loop, in a small pool of worker threads (piscina), each file
 * under a hard deadline. The readers already bound their own work; this is the second wall: should
 * one of them ever loop on some file nobody thought of, its thread is terminated at the deadline and
 * the file refused, while the server goes on answering (health checks, SIGTERM, other people).
 */
export type MediaInspector = {
  inspectPhoto(bytes: Uint8Array): Promise<Inspection<PhotoFacts>>;
  inspectVideo(bytes: Uint8Array): Promise<Inspection<VideoFacts>>;
  /** Starts a thread now and resolves once it has loaded the readers (the server starts it once listening). */
  warm(): Promise<void>;
  close(): Promise<void>;
};

export type MediaInspectorOptions = {
  /** Longest reading of one file, from the moment a thread starts on it (default 5 s: above the readers' own 3 s). */
  timeoutMs?: number;
  /** Threads reading at once (default 2); more submissions wait in the queue. */
  maxThreads?: number;
  /** Files waiting for a thread before new ones are turned away with MediaInspectorBusyError (default 64). */
  maxQueue?: number;
  /** The readers' own limits (tests lower them). */
  limits?: ReadLimits;
  /** The thread's entry point (tests swap in one that never returns). */
  threadFile?: URL;
};

/** Too many files waiting: the server answers 503 with Retry-After, and the app tries again later. */
export class MediaInspectorBusyError extends Error {
  override readonly name = 'MediaInspectorBusyError';
}

const defaultThreadFile = new URL('./inspection-thread.mjs', import.meta.url);

export function createMediaInspector(options: MediaInspectorOptions = {}): MediaInspector {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxQueue = options.maxQueue ?? 64;
  // Started on first use: a server that never gets a submission (or a test) never starts a thread.
  let pool: Piscina | null = null;
  const threads = () =>
    (pool ??= new Piscina({
      filename: (options.threadFile ?? defaultThreadFile).href,
      minThreads: 1,
      maxThreads: options.maxThreads ?? 2,
      maxQueue,
      idleTimeout: 60_000,
      // The readers allocate nothing in proportion to what a file claims; a thread that does is broken.
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
    }));

  async function inspect<Facts>(part: EvidencePart | 'warm-up', bytes: Uint8Array): Promise<Inspection<Facts>> {
    const runner = threads();
    if (runner.queueSize >= maxQueue) throw new MediaInspectorBusyError(`${runner.queueSize} files wait to be read.`);
    const abort = new AbortController();
    const channel = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    channel.port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), timeoutMs);
    });
    const task: InspectionTask = { part, bytes, started: channel.port2, ...(options.limits ? { limits: options.limits } : {}) };
    try {
      return (await runner.run(task, { transferList: [channel.port2], signal: abort.signal })) as Inspection<Facts>;
    } catch (error) {
      // Piscina terminated the thread (and starts a fresh one): the file took longer than any real one.
      if (abort.signal.aborted && part !== 'warm-up') {
        return { ok: false, refusal: { code: unreadableCode[part], reason: 'too-slow', detail: `Not read within ${timeoutMs} ms; the reading thread was stopped.` } };
      }
      throw error;
    } finally {
      clearTimeout(timer);
      channel.port1.close();
    }
  }

  return {
    inspectPhoto: (bytes) => inspect<PhotoFacts>('photo', bytes),
    inspectVideo: (bytes) => inspect<VideoFacts>('video', bytes),
    warm: async () => {
      await inspect('warm-up', new Uint8Array());
    },
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}
