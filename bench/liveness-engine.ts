/**
 * Runs the liveness engine over every recorded MediaPipe trace (shared/testdata/faces/traces) and prints, per
 * clip and per action, whether a one-action check passed and when, next to the labelled times from
 * MANIFEST.json, and every detection when the same action is asked for again and again. Each trace is played
 * twice in a row, as Chromium's fake camera loops a clip; times are printed as clip time (pass 2 marked with
 * ²). Run: npm run bench:liveness-engine
 */
import type { ChallengeKind } from '../src/features/liveness/model/challenge';
import { challengeKinds } from '../src/features/liveness/model/challenge';
import { defaultLivenessConfig } from '../src/features/liveness/model/liveness-config';
import { measureFrame } from '../src/features/liveness/model/measure-face';
import { loadManifest, loadTrace, runEngine, traceIds, traceMeasurements } from '../tests/support/traces';

const labelNames: Record<ChallengeKind, string> = {
  blink: 'blink',
  'mouth-open': 'mouthOpen',
  'turn-left': 'turnLeft',
  'turn-right': 'turnRight',
  'close-eyes': 'blink',
};

const passes = 2;
const manifest = new Map(loadManifest().map((clip) => [clip.id, clip]));
const lines: string[] = [];
let photoAttacksRefused = 0;
let photoAttacks = 0;

for (const id of traceIds()) {
  const trace = loadTrace(id);
  const durationMs = Math.round(trace.clip_duration_s * 1000);
  const measurements = traceMeasurements(trace, passes);
  const clip = manifest.get(id);
  const isAttack = clip?.kind !== 'real';
  lines.push(`\n${id} (${clip?.kind ?? 'unknown'}, ${trace.frames.length} frames, ${trace.clip_duration_s} s)`);
  let anyPassed = false;
  for (const kind of challengeKinds) {
    const run = runEngine([kind], measurements, defaultLivenessConfig);
    const labelled = (clip?.events ?? [])
      .filter((event) => event.action === labelNames[kind])
      .map((event) => `${event.start_s.toFixed(2)}-${event.end_s.toFixed(2)}`);
    const every = runEngine(Array<ChallengeKind>(40).fill(kind), measurements, defaultLivenessConfig).successes;
    const first = run.successes[0];
    const clipTime = (ms: number): string =>
      `${((ms % durationMs) / 1000).toFixed(2)}s${ms >= durationMs ? '²' : ''}`;
    const outcome = first
      ? `PASSED at ${clipTime(first.atMs)} (action ${clipTime(first.startMs)}-${clipTime(first.endMs)}, peak ${first.peak.toFixed(2)})`
      : 'not passed';
    if (first) anyPassed = true;
    const ready = run.readyAtMs === null ? 'never ready' : `ready ${clipTime(run.readyAtMs)}`;
    lines.push(
      `  ${kind.padEnd(10)} ${outcome.padEnd(62)} ${ready.padEnd(13)} restarts ${run.restarts}` +
        `  labelled: ${labelled.length ? labelled.join(', ') : 'none'}`,
    );
    if (every.length > 1) {
      lines.push(`             every ${kind} seen (start): ${every.map((success) => clipTime(success.startMs)).join(' ')}`);
    }
  }
  if (isAttack) {
    photoAttacks += 1;
    if (!anyPassed) photoAttacksRefused += 1;
  }
}

lines.push(`\nphoto attacks refused (no action passed): ${photoAttacksRefused} of ${photoAttacks}`);

// Cost of one engine step (measureFrame excluded): all traces through a 3-action check, 20 rounds.
const allMeasurements = traceIds().flatMap((id) => traceMeasurements(loadTrace(id), 1));
const rounds = 20;
const startedMs = performance.now();
for (let round = 0; round < rounds; round += 1) {
  runEngine(['blink', 'mouth-open', 'turn-left'], allMeasurements, defaultLivenessConfig);
}
const perFrameUs = ((performance.now() - startedMs) * 1000) / (rounds * allMeasurements.length);
lines.push(`engine step: ${perFrameUs.toFixed(1)} µs per frame (${allMeasurements.length} frames × ${rounds} rounds)`);

// Cost of measureFrame on one face of 478 landmarks (synthetic positions; the cost does not depend on them).
const landmarks = Array.from({ length: 478 }, (_, index) => ({
  x: 0.3 + (index % 22) * 0.018,
  y: 0.2 + Math.floor(index / 22) * 0.027,
  z: ((index * 7919) % 100) / 2000,
}));
const rawFace = {
  landmarks,
  blendshapes: { eyeBlinkLeft: 0.1, eyeBlinkRight: 0.1, jawOpen: 0.05, mouthClose: 0.01 },
  facialTransformationMatrix: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, -40, 1],
};
const measureRounds = 20_000;
const measureStartedMs = performance.now();
for (let round = 0; round < measureRounds; round += 1) {
  measureFrame([rawFace], { timestampMs: round, brightness: 120, widthPx: 640, heightPx: 480 });
}
const measureUs = ((performance.now() - measureStartedMs) * 1000) / measureRounds;
lines.push(`measureFrame: ${measureUs.toFixed(1)} µs per frame with one 478-landmark face (${measureRounds} frames)`);
console.log(lines.join('\n'));
