import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ChallengeKind } from '../../src/features/liveness/model/challenge';
import type { LivenessConfig } from '../../src/features/liveness/model/liveness-config';
import { defaultLivenessConfig } from '../../src/features/liveness/model/liveness-config';
import type { LivenessState } from '../../src/features/liveness/model/liveness-engine';
import { createLivenessState, stepLiveness } from '../../src/features/liveness/model/liveness-engine';
import type { FaceMeasurement } from '../../src/features/liveness/model/measure-face';

/**
 * Loads the recorded MediaPipe traces in shared/testdata/faces (beside the repository, as in CI) and turns each
 * analysed frame into the FaceMeasurement the engine sees. The traces carry blendshapes, head angles and the
 * landmark box but no landmarks, so the eye aspect ratio and the face signature are null; brightness is not
 * recorded, so a mid-grey 128 stands in for it.
 */
// path.resolve on the file path, not new URL(): under jsdom the global URL is jsdom's, which node's
// fileURLToPath does not accept.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const facesDir = path.resolve(projectRoot, '../shared/testdata/faces');
export const tracesDir = path.join(facesDir, 'traces');

/** The camera the traces were recorded through (Chromium's fake camera). */
export const traceFrameWidthPx = 640;
export const traceFrameHeightPx = 480;
export const traceBrightness = 128;

const traceFrameSchema = z.object({
  t_ms: z.number(),
  faces: z.number().int().min(0),
  blendshapes: z.record(z.string(), z.number()).optional(),
  yaw_deg: z.number().optional(),
  pitch_deg: z.number().optional(),
  roll_deg: z.number().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
const traceSchema = z.object({ id: z.string(), clip_duration_s: z.number(), frames: z.array(traceFrameSchema) });
export type TraceFrame = z.infer<typeof traceFrameSchema>;
export type Trace = z.infer<typeof traceSchema>;

const eventSchema = z.object({ action: z.string(), start_s: z.number(), end_s: z.number() });
const clipSchema = z.object({
  id: z.string(),
  kind: z.string(),
  events: z.array(eventSchema).default([]),
  distractors: z.array(z.object({ kind: z.string(), start_s: z.number(), end_s: z.number() })).default([]),
});
const manifestSchema = z.object({ clips: z.array(clipSchema) });
export type ClipLabels = z.infer<typeof clipSchema>;

const traceCache = new Map<string, Trace>();

/** Parsed once per process: the tests run each trace many times. */
export function loadTrace(id: string): Trace {
  const cached = traceCache.get(id);
  if (cached) return cached;
  const trace = traceSchema.parse(JSON.parse(readFileSync(path.join(tracesDir, `${id}.json`), 'utf8')) as unknown);
  traceCache.set(id, trace);
  return trace;
}

export function traceIds(): string[] {
  return readdirSync(tracesDir)
    .filter((name) => name.endsWith('.json') && name !== 'SUMMARY.json')
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function loadManifest(): ClipLabels[] {
  return manifestSchema.parse(JSON.parse(readFileSync(path.join(facesDir, 'MANIFEST.json'), 'utf8')) as unknown).clips;
}

/** One trace frame as a FaceMeasurement, at `offsetMs` + the frame's clip time. */
export function traceFrameToMeasurement(frame: TraceFrame, offsetMs = 0): FaceMeasurement {
  const blend = frame.blendshapes ?? {};
  const bbox = frame.bbox;
  const face =
    frame.faces > 0 && bbox
      ? {
          box: { x: bbox[0], y: bbox[1], width: bbox[2], height: bbox[3] },
          eyeBlinkLeft: blend['eyeBlinkLeft'] ?? 0,
          eyeBlinkRight: blend['eyeBlinkRight'] ?? 0,
          eyeAspectRatioLeft: null,
          eyeAspectRatioRight: null,
          jawOpen: blend['jawOpen'] ?? 0,
          mouthClose: blend['mouthClose'] ?? 0,
          yawDeg: frame.yaw_deg ?? 0,
          pitchDeg: frame.pitch_deg ?? 0,
          rollDeg: frame.roll_deg ?? 0,
          signature: null,
        }
      : null;
  return {
    timestampMs: offsetMs + frame.t_ms,
    faceCount: frame.faces,
    secondFaceRelativeWidth: null,
    frameWidthPx: traceFrameWidthPx,
    frameHeightPx: traceFrameHeightPx,
    brightness: traceBrightness,
    sharpness: null,
    face,
  };
}

/**
 * The trace as measurements. `passes` > 1 repeats it, as Chromium's fake camera loops a clip: each pass is
 * shifted by the clip's duration, so times stay increasing (t mod duration is the clip time).
 */
export function traceMeasurements(trace: Trace, passes = 1): FaceMeasurement[] {
  const durationMs = Math.round(trace.clip_duration_s * 1000);
  const result: FaceMeasurement[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const frame of trace.frames) result.push(traceFrameToMeasurement(frame, pass * durationMs));
  }
  return result;
}

/** What happened when the engine ran over a sequence of measurements. */
export type EngineRun = {
  /** When positioning finished (first action window opened), or null. */
  readyAtMs: number | null;
  /** When each action was detected (the success time), in order. */
  successes: { kind: ChallengeKind; atMs: number; startMs: number; endMs: number; peak: number }[];
  finalState: LivenessState;
  restarts: number;
};

/** Feeds measurements to a fresh engine state with the given challenges; returns what happened. */
export function runEngine(
  challenges: readonly ChallengeKind[],
  measurements: readonly FaceMeasurement[],
  config: LivenessConfig = defaultLivenessConfig,
): EngineRun {
  let state = createLivenessState(challenges, config, measurements[0]?.timestampMs ?? 0);
  let readyAtMs: number | null = null;
  const successes: EngineRun['successes'] = [];
  for (const measurement of measurements) {
    const before = state;
    state = stepLiveness(state, { type: 'frame', measurement }, config);
    if (readyAtMs === null && before.phase === 'positioning' && state.phase !== 'positioning') {
      readyAtMs = measurement.timestampMs;
    }
    if (state.records.length > before.records.length) {
      const record = state.records[state.records.length - 1];
      if (record) {
        successes.push({ kind: record.kind, atMs: measurement.timestampMs, startMs: record.startMs, endMs: record.endMs, peak: record.peakScore });
      }
    }
  }
  return { readyAtMs, successes, finalState: state, restarts: state.restartCount };
}
