import { readFileSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { inspectPhoto, inspectVideo, type EvidencePart, type Inspection, type PhotoFacts, type VideoFacts } from './inspect-evidence';
import type { ReadLimits } from './read-budget';

export type InspectionTask = {
  part: EvidencePart | 'warm-up';
  /** A staged upload's path: the thread reads it itself, so the bytes never cross to the main thread. */
  file: string;
  limits?: ReadLimits;
  /** Told "started" when the reading begins: the caller's deadline counts from then, not from the queue. */
  started: MessagePort;
};

/** Runs in a worker thread of the media inspector's pool (see inspection-thread.mjs). */
export default function runInspection(task: InspectionTask): Inspection<PhotoFacts> | Inspection<VideoFacts> | null {
  task.started.postMessage('started');
  task.started.close();
  if (task.part === 'warm-up') return null; // the thread has loaded the readers: that was the point
  const bytes = readFileSync(task.file);
  return task.part === 'photo' ? inspectPhoto(bytes, task.limits) : inspectVideo(bytes, task.limits);
}
