import type { ChallengeKindDto, EvidenceMetadataDto, EvidenceRoute } from '../../../contract/certification-api';
import { slowTierBelowFps, tierForFrameRate, type FrameRateTier } from '../../../contract/challenges';
import type { PrecheckNote, PrecheckNoteCode, PrecheckResult, PrecheckSummary } from '../../../contract/review-api';

/** A note with one of the codes the console has words for (contract/review-api.ts). */
type PrecheckNoteOf = PrecheckNote & { code: PrecheckNoteCode };

/**
 * The automatic pre-checks whose results are stored and shown to reviewers. Pure: the caller has
 * already refused (4xx) what proves tampering: replayed nonce, expired session, files that are not
 * JPEG/WebM/MP4 by their bytes, truncated uploads. What remains here are plausibility checks a
 * person should look at, not reasons to throw the evidence away.
 */
export type PrecheckInput = {
  challenges: ChallengeKindDto[];
  metadata: EvidenceMetadataDto;
  /** What the session was started for: the tier its actions came from, the route, the code to be heard. */
  session: { tier: FrameRateTier; route: EvidenceRoute; spokenCode: string | null };
  sessionCreatedAt: Date;
  sessionExpiresAt: Date;
  receivedAt: Date;
  photo: { bytes: number; width: number; height: number; maxBytes: number };
  video: {
    bytes: number;
    mimeType: string;
    durationMs: number | null;
    maxBytes: number;
    maxDurationMs: number;
    /** When the container says the file was made (null: it does not say). One made before the session is refused earlier. */
    createdAt: Date | null;
  };
};

/** Fewer analysed frames a second than this and no action can be judged with any confidence. */
export const minPlausibleFps = 2;

/** The route a submission is treated as: recorded if the session or the app says so (never the other way). */
export function submissionRoute(session: EvidenceRoute, metadata: EvidenceMetadataDto): EvidenceRoute {
  return session === 'recorded' || metadata.route === 'recorded' ? 'recorded' : 'live';
}

/** An action shorter than this is a glitch, longer than this is not a deliberate response to a prompt. */
export const actionMinMs = 80;
export const actionMaxMs = 20_000;
/** How far the container's duration and the app's measured duration may differ. */
export const durationToleranceMs = 1_500;

export function runPrechecks(input: PrecheckInput): PrecheckResult[] {
  const { metadata } = input;
  const results: PrecheckResult[] = [];
  // The English detail for logs and API clients, and the same as notes (codes and values) the review
  // console words in the reviewer's language.
  const add = (check: string, outcome: PrecheckResult['outcome'], detail: string, notes: PrecheckNoteOf[]) =>
    results.push({ check, outcome, detail, notes });

  // A recorded video the phone could not check has no actions recorded: that is the reviewer's to judge.
  const unchecked = notCheckedOnPhone(input);
  const missing: string[] = [];
  if (metadata.challengeId.trim() === '') missing.push('challengeId');
  if (metadata.appVersion.trim() === '') missing.push('appVersion');
  if (metadata.device.userAgent.trim() === '') missing.push('device.userAgent');
  if (metadata.actions.length === 0 && !unchecked) missing.push('actions');
  add(
    'metadata-complete',
    missing.length === 0 ? 'pass' : 'fail',
    missing.length === 0 ? 'All metadata fields present.' : `Missing: ${missing.join(', ')}.`,
    [missing.length === 0 ? { code: 'metadata-complete' } : { code: 'metadata-missing', values: { fields: missing } }],
  );

  if (unchecked) {
    const detail = 'The phone could not check the video (no actions recorded): watch it for the actions, in the order asked.';
    add('actions-in-challenge-order', 'unknown', detail, [{ code: 'not-checked-on-phone' }]);
    add('action-timings', 'unknown', detail, [{ code: 'not-checked-on-phone' }]);
  } else {
    addActionChecks(input, add);
  }

  const startedAt = Date.parse(metadata.startedAt);
  const startedInSession = startedAt >= input.sessionCreatedAt.getTime() - 60_000 && startedAt <= input.receivedAt.getTime() + 60_000;
  add(
    'recorded-during-session',
    startedInSession ? 'pass' : 'fail',
    startedInSession ? 'Recorded after the session began.' : 'The recording start time is outside this session.',
    [{ code: startedInSession ? 'recorded-in-session' : 'recorded-outside-session' }],
  );

  const lateByMs = input.receivedAt.getTime() - input.sessionExpiresAt.getTime();
  const lateMinutes = Math.ceil(lateByMs / 60_000);
  add(
    'submitted-in-time',
    lateByMs <= 0 ? 'pass' : 'warn',
    lateByMs <= 0 ? 'Submitted before the session expired.' : `Uploads began in time but were finished ${lateMinutes} min after the session expired (weak network?).`,
    [lateByMs <= 0 ? { code: 'submitted-in-time' } : { code: 'submitted-late', values: { minutes: lateMinutes } }],
  );

  const sizeProblems: string[] = [];
  const sizeNotes: PrecheckNoteOf[] = [];
  if (input.photo.bytes > input.photo.maxBytes) {
    sizeProblems.push('photo over the limit');
    sizeNotes.push({ code: 'photo-over-limit', values: { bytes: input.photo.bytes, limitBytes: input.photo.maxBytes } });
  }
  if (input.video.bytes > input.video.maxBytes) {
    sizeProblems.push('video over the limit');
    sizeNotes.push({ code: 'video-over-limit', values: { bytes: input.video.bytes, limitBytes: input.video.maxBytes } });
  }
  if (metadata.photo.bytes !== input.photo.bytes) {
    sizeProblems.push(`photo is ${input.photo.bytes} bytes, metadata says ${metadata.photo.bytes}`);
    sizeNotes.push({ code: 'photo-size-differs', values: { bytes: input.photo.bytes, declaredBytes: metadata.photo.bytes } });
  }
  if (metadata.video.bytes !== input.video.bytes) {
    sizeProblems.push(`video is ${input.video.bytes} bytes, metadata says ${metadata.video.bytes}`);
    sizeNotes.push({ code: 'video-size-differs', values: { bytes: input.video.bytes, declaredBytes: metadata.video.bytes } });
  }
  add(
    'file-sizes',
    sizeProblems.length === 0 ? 'pass' : 'fail',
    sizeProblems.length === 0 ? 'File sizes within limits and as declared.' : `${sizeProblems.join('; ')}.`,
    sizeNotes.length === 0 ? [{ code: 'sizes-ok' }] : sizeNotes,
  );

  const sameSize = metadata.photo.width === input.photo.width && metadata.photo.height === input.photo.height;
  add(
    'photo-dimensions',
    sameSize ? 'pass' : 'warn',
    `Photo is ${input.photo.width}×${input.photo.height}; metadata says ${metadata.photo.width}×${metadata.photo.height}.`,
    [
      {
        code: sameSize ? 'photo-dimensions-match' : 'photo-dimensions-differ',
        values: { width: input.photo.width, height: input.photo.height, declaredWidth: metadata.photo.width, declaredHeight: metadata.photo.height },
      },
    ],
  );

  const videoType = input.video.mimeType;
  const declaredType = metadata.video.mimeType.split(';')[0]?.trim() ?? '';
  add(
    'video-type',
    declaredType === videoType ? 'pass' : 'warn',
    `Video bytes are ${videoType}; metadata says ${metadata.video.mimeType || 'nothing'}.`,
    [declaredType === videoType ? { code: 'video-type-match', values: { type: videoType } } : { code: 'video-type-differs', values: { type: videoType, declared: metadata.video.mimeType } }],
  );

  addFrameRateChecks(input, add);
  addRouteChecks(input, add);

  const measuredMs = metadata.durationMs;
  if (input.video.durationMs === null) {
    add('video-duration', 'unknown', `The container does not say how long it is; the app measured ${measuredMs} ms.`, [
      { code: 'video-duration-unknown', values: { measuredMs } },
    ]);
  } else if (input.video.durationMs > input.video.maxDurationMs) {
    add('video-duration', 'fail', `Video lasts ${input.video.durationMs} ms, over the ${input.video.maxDurationMs} ms limit.`, [
      { code: 'video-too-long', values: { ms: input.video.durationMs, limitMs: input.video.maxDurationMs } },
    ]);
  } else if (Math.abs(input.video.durationMs - measuredMs) > durationToleranceMs) {
    add('video-duration', 'warn', `Video lasts ${input.video.durationMs} ms; the app measured ${measuredMs} ms.`, [
      { code: 'video-duration-differs', values: { ms: input.video.durationMs, measuredMs } },
    ]);
  } else {
    add('video-duration', 'pass', `Video lasts ${input.video.durationMs} ms, as the app measured (${measuredMs} ms).`, [
      { code: 'video-duration-match', values: { ms: input.video.durationMs, measuredMs } },
    ]);
  }
  return results;
}

type Add = (check: string, outcome: PrecheckResult['outcome'], detail: string, notes: PrecheckNoteOf[]) => void;

/** A recorded-route video the phone said it could not check (no WebGL, no WebAssembly, the detector would not start). */
export function notCheckedOnPhone(input: Pick<PrecheckInput, 'metadata' | 'session'>): boolean {
  return submissionRoute(input.session.route, input.metadata) === 'recorded' && input.metadata.recording?.phoneCheck === 'not-possible';
}

/** The actions the phone saw: in the order asked, each of a plausible length, one after another, within the video. */
function addActionChecks(input: PrecheckInput, add: Add): void {
  const { metadata, challenges } = input;
  const kinds = metadata.actions.map((action) => action.kind);
  const inOrder = kinds.length === challenges.length && kinds.every((kind, index) => kind === challenges[index]);
  add(
    'actions-in-challenge-order',
    inOrder ? 'pass' : 'fail',
    inOrder ? `Actions done in the order asked: ${challenges.join(', ')}.` : `Asked ${challenges.join(', ')}; recorded ${kinds.join(', ') || 'none'}.`,
    [inOrder ? { code: 'actions-in-order', values: { asked: [...challenges] } } : { code: 'actions-out-of-order', values: { asked: [...challenges], recorded: kinds } }],
  );

  const timingProblems: string[] = [];
  const timingNotes: PrecheckNoteOf[] = [];
  let previousEnd = -1;
  for (const [index, action] of metadata.actions.entries()) {
    const lengthMs = action.endMs - action.startMs;
    const number = index + 1;
    if (lengthMs < actionMinMs) {
      timingProblems.push(`action ${number} lasted ${lengthMs} ms (< ${actionMinMs})`);
      timingNotes.push({ code: 'action-too-short', values: { number, ms: lengthMs, limitMs: actionMinMs } });
    }
    if (lengthMs > actionMaxMs) {
      timingProblems.push(`action ${number} lasted ${lengthMs} ms (> ${actionMaxMs})`);
      timingNotes.push({ code: 'action-too-long', values: { number, ms: lengthMs, limitMs: actionMaxMs } });
    }
    if (action.startMs < previousEnd) {
      timingProblems.push(`action ${number} starts before the previous one ended`);
      timingNotes.push({ code: 'action-overlaps', values: { number } });
    }
    if (action.endMs > metadata.durationMs + 500) {
      timingProblems.push(`action ${number} ends after the recording`);
      timingNotes.push({ code: 'action-after-recording', values: { number } });
    }
    previousEnd = action.endMs;
  }
  add(
    'action-timings',
    timingProblems.length === 0 ? 'pass' : 'fail',
    timingProblems.length === 0 ? 'Action timings are plausible.' : `${timingProblems.join('; ')}.`,
    timingNotes.length === 0 ? [{ code: 'timings-plausible' }] : timingNotes,
  );
}

/**
 * The frame rate the phone analysed and the tier its actions came from: the session's tier must be the
 * one the app reports, earned by the rate it was chosen from; a check analysed at fewer frames than its
 * tier needs is for a person to look at (a quick blink judged on two frames).
 */
function addFrameRateChecks(input: PrecheckInput, add: Add): void {
  const rate = input.metadata.frameRate;
  const asked = input.session.tier;
  if (notCheckedOnPhone(input)) {
    add('frame-rate-tier', 'unknown', 'The phone could not check the video, so it analysed no frames.', [{ code: 'not-checked-on-phone' }]);
    return;
  }
  if (!rate) {
    add('frame-rate-tier', 'unknown', `The app did not report its frame rate (an older version); the session's actions were for the ${asked} tier.`, [
      { code: 'frame-rate-unreported', values: { tier: asked } },
    ]);
    return;
  }
  const fps = rate.analysedFps.toFixed(1);
  const tierFps = rate.tierFps.toFixed(1);
  if (rate.tier !== asked) {
    add('frame-rate-tier', 'fail', `The app reports the ${rate.tier} tier; the session's actions were picked for the ${asked} tier.`, [
      { code: 'frame-rate-tier-mismatch', values: { reported: rate.tier, tier: asked } },
    ]);
  } else if (tierForFrameRate(rate.tierFps) !== rate.tier) {
    const earned = tierForFrameRate(rate.tierFps);
    add('frame-rate-tier', 'warn', `The ${rate.tier} tier was asked for at ${tierFps} analysed frames a second, which earns the ${earned} tier.`, [
      { code: 'frame-rate-tier-unearned', values: { tier: rate.tier, fps: tierFps, earned } },
    ]);
  } else if (rate.analysedFps < minPlausibleFps) {
    add('frame-rate-tier', 'warn', `Only ${fps} frames a second were analysed during the actions: look at the video.`, [
      { code: 'frame-rate-too-low', values: { fps } },
    ]);
  } else if (rate.tier === 'standard' && rate.analysedFps < slowTierBelowFps) {
    add('frame-rate-tier', 'warn', `The standard tier (quick blink) needs ${slowTierBelowFps} analysed frames a second; the phone managed ${fps} during the actions: look at the video.`, [
      { code: 'frame-rate-standard-slow', values: { needed: slowTierBelowFps, fps } },
    ]);
  } else {
    add('frame-rate-tier', 'pass', `${fps} frames a second analysed; actions of the ${rate.tier} tier (chosen at ${tierFps}).`, [
      { code: 'frame-rate-ok', values: { fps, tier: rate.tier, tierFps } },
    ]);
  }
}

/**
 * The recorded route (a video from the phone's camera app, analysed on the phone) is always for a
 * person: a warning that says what to listen for, and it is never approved automatically.
 */
function addRouteChecks(input: PrecheckInput, add: Add): void {
  const { session, metadata } = input;
  const claimed = metadata.route ?? 'live';
  if (claimed !== session.route) {
    add('evidence-route', 'fail', `The app says the video was ${claimed === 'recorded' ? 'recorded with the camera app' : 'taken in the live check'}; the session was started for the ${session.route} route.`, [
      { code: 'route-mismatch', values: { claimed, route: session.route } },
    ]);
    return;
  }
  if (session.route === 'live') {
    add('evidence-route', 'pass', 'Taken in the live check in the app.', [{ code: 'route-live' }]);
    return;
  }
  const code = session.spokenCode ?? '—';
  if (notCheckedOnPhone(input)) {
    add(
      'evidence-route',
      'warn',
      `Recorded with the phone's camera app; the phone could not check it (not checked on the phone). Watch the whole video: the code ${session.spokenCode ?? '(none)'} read aloud, and every action in the order asked, each after the previous one. Never approved automatically.`,
      [{ code: 'route-recorded-unchecked', values: { code } }],
    );
  } else {
    add(
      'evidence-route',
      'warn',
      `Recorded with the phone's camera app and analysed on the phone. Listen for the code ${session.spokenCode ?? '(none)'} read aloud, and check that the actions happen in the order asked, each after the previous one. Never approved automatically.`,
      [{ code: 'route-recorded', values: { code } }],
    );
  }
  if (metadata.recording?.spokenCode !== session.spokenCode) {
    add('spoken-code', 'fail', `The app showed the code ${metadata.recording?.spokenCode ?? '(none)'}; the session's code is ${session.spokenCode ?? '(none)'}.`, [
      { code: 'spoken-code-mismatch', values: { shown: metadata.recording?.spokenCode ?? '—', code } },
    ]);
  }
  const created = input.video.createdAt;
  add(
    'video-created',
    created ? 'pass' : 'unknown',
    created
      ? `The file says it was made at ${created.toISOString()}, after the session began.`
      : 'The file does not say when it was made: listen for the code to know it was made for this session.',
    [created ? { code: 'video-created-known', values: { at: created.toISOString() } } : { code: 'video-created-unknown' }],
  );
}

export function summarize(results: PrecheckResult[]): PrecheckSummary {
  const count = (outcome: PrecheckResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  const summary = { passed: count('pass'), failed: count('fail'), warnings: count('warn'), unknown: count('unknown') };
  return { ...summary, allPassed: summary.failed === 0 && summary.warnings === 0 && summary.unknown === 0 };
}
