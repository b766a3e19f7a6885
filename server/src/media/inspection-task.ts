import type { MessagePort } from 'node:worker_threads';
import { inspectPhoto, inspectVideo, type EvidencePart, type Inspection, type PhotoFacts, type VideoFacts } from './inspect-evidence';
import type { ReadLimits } from './read-budget';

export type InspectionTask = {
  part: EvidencePart | 'warm-up';
  /** A copy of the staged file's bytes (structured clone: a few ms for the largest allowed video). */
  bytes: Uint8Array;
  limits?: ReadLimits;
  /** Told "started" when the reading begins: the caller's deadline counts from then, not from the queue. */
  started: MessagePort;
};

/** Runs in a worker thread of the media inspector's pool (see inspection-thread.mjs). */
export default function runInspection(task: InspectionTask): Inspection<PhotoFacts> | Inspection<VideoFacts> | null {
  task.started.postMessage('started');
  task.started.close();
  if (task.part === 'warm-up') return null; // the thread has loaded the readers: that was the point
  return task.part === 'photo' ? inspectPhoto(task.bytes, task.limits) : inspectVideo(task.bytes, task.limits);
}
