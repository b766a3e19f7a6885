import { useCallback, useEffect, useRef, useState } from 'react';
import { madeBeforeIssued, sameClockSlackMs } from '../../../../contract/recording-created-at';
import type { Evidence, EvidenceMetadata } from '../../../adapters/backend/evidence';
import { FaceDetectorError, type FaceDetector, type FaceDetectorErrorCode } from '../../../adapters/face-detector/face-detector';
import { recordRecordedAnalysis } from '../effects/diagnostics';
import { FitRecordingError, type FittedVideo } from '../effects/fit-recording';
import { analyseRecording } from '../effects/recorded-video';
import type { ChallengeKind } from '../model/challenge';
import type { IssueChallenges, IssuedChallenges } from '../model/challenge-issue';
import type { LivenessConfig } from '../model/liveness-config';
import { useFaceCheckServices } from './use-face-check-services';
import { deviceFacts } from './use-liveness-check';

/**
 * The recorded route, step by step: say what will happen → issue the actions and the code (only now,
 * when the person is about to film) → the person films with the phone's camera app → the file must not
 * be older than the issue → the detector (loaded if needed) checks it with the same rules → the file as
 * evidence (certify: re-encoded if over the backend's limit). Nothing leaves the phone here.
 *
 * Where the detector cannot run at all (no WebGL or WebAssembly, or MediaPipe starts on no rung of the
 * ladder) the phone cannot check the video: after the same date check it says so ('unchecked'), and the
 * person watches the clip against the actions and the code; certify hands it to staff, marked as not
 * checked on the phone (never approved automatically).
 */
export type RecordedProblem = 'issue-failed' | 'unreadable' | 'too-long' | 'too-big' | 'cannot-check';

export type RecordedStage =
  | { name: 'explain' }
  | { name: 'issuing' }
  | { name: 'actions'; issued: IssuedChallenges }
  | { name: 'preparing'; issued: IssuedChallenges; percent: number }
  | { name: 'checking'; issued: IssuedChallenges; percent: number }
  | { name: 'fitting'; issued: IssuedChallenges; percent: number }
  /** The file says it was made before the actions were issued: not made for them. */
  | { name: 'too-old'; issued: IssuedChallenges }
  /** Checked, but not every action was seen in order: which were. */
  | { name: 'not-seen'; issued: IssuedChallenges; seen: ChallengeKind[] }
  /** This phone cannot check a video (no detector): the person looks at it; certify may hand it to staff. */
  | { name: 'unchecked'; issued: IssuedChallenges; file: Blob; createdAt: Date | null }
  | { name: 'problem'; issued: IssuedChallenges | null; problem: RecordedProblem };

/**
 * Frames analysed per second of video: enough for every slow-tier action (they pass at 3-5 frames a
 * second in the traces) and for a blink (whose windows widen with the interval), without making a slow
 * phone work through all 30.
 */
export const recordedAnalysisMaxFps = 15;

/** Detector failures that mean it cannot run on this phone at all (not a network problem). */
const cannotRunCodes: readonly FaceDetectorErrorCode[] = ['no-webassembly', 'no-webgl', 'start-failed'];

export type UseRecordedRouteOptions = {
  issueChallenges: IssueChallenges;
  /** False where the browser lacks what the detector needs (WebGL, WebAssembly…), or it already failed to start. */
  canCheckOnPhone: boolean;
  ensureDetector(onProgress: (percent: number) => void, signal: AbortSignal): Promise<FaceDetector>;
  config: LivenessConfig;
  appVersion: string;
  onPassed(evidence: Evidence): void;
};

export function useRecordedRoute(options: UseRecordedRouteOptions) {
  const faceCheck = useFaceCheckServices();
  const [stage, setStage] = useState<RecordedStage>({ name: 'explain' });
  const abort = useRef<AbortController | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => () => abort.current?.abort(), []);
  // Once the detector has failed to start here, filming again does not try (and download) it again.
  const phoneCannotCheck = useRef(!options.canCheckOnPhone);

  /** Certify: the file within the backend's limits (re-encoded if needed). Practice sends nothing: the file as it is. */
  const fitForSending = useCallback(
    async (issued: IssuedChallenges, file: Blob, video: HTMLVideoElement, signal: AbortSignal): Promise<FittedVideo> => {
      if (!issued.videoLimits) return { blob: file, mimeType: await faceCheck.videoType(file), reencoded: false };
      setStage({ name: 'fitting', issued, percent: 0 });
      return faceCheck.fitRecording(file, issued.videoLimits, {
        video,
        signal,
        onProgress: (fraction) => !signal.aborted && setStage({ name: 'fitting', issued, percent: Math.floor(fraction * 100) }),
      });
    },
    [faceCheck],
  );

  const issue = useCallback(async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStage({ name: 'issuing' });
    try {
      // The slow tier's actions: they pass at any frame rate a phone camera records at, and a reviewer
      // sees a second-long eye closure or a mouth opening on the video (a blink is hard to see).
      const issued = await latest.current.issueChallenges({ tier: 'slow', analysedFps: 0, route: 'recorded' }, controller.signal);
      if (!controller.signal.aborted) setStage({ name: 'actions', issued });
    } catch {
      if (!controller.signal.aborted) setStage({ name: 'problem', issued: null, problem: 'issue-failed' });
    }
  }, []);

  /** The person came back from the camera app with `file`; `video` shows it while it is checked. */
  const check = useCallback(
    async (issued: IssuedChallenges, file: Blob, video: HTMLVideoElement) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const { signal } = controller;
      const createdAt = await faceCheck.readCreatedAt(file);
      if (madeBeforeIssued(createdAt, issued.issuedAtEpochMs, sameClockSlackMs)) {
        setStage({ name: 'too-old', issued });
        return;
      }
      if (phoneCannotCheck.current) {
        setStage({ name: 'unchecked', issued, file, createdAt });
        return;
      }
      let detector: FaceDetector;
      try {
        setStage({ name: 'preparing', issued, percent: 0 });
        detector = await latest.current.ensureDetector((percent) => !signal.aborted && setStage({ name: 'preparing', issued, percent }), signal);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof FaceDetectorError && cannotRunCodes.includes(error.code)) {
          phoneCannotCheck.current = true;
          setStage({ name: 'unchecked', issued, file, createdAt });
        } else {
          setStage({ name: 'problem', issued, problem: 'cannot-check' });
        }
        return;
      }
      const { config } = latest.current;
      const bestFrame = faceCheck.createBestFrameKeeper();
      try {
        setStage({ name: 'checking', issued, percent: 0 });
        const source = await faceCheck.openVideoFile(video, file, { maxFps: recordedAnalysisMaxFps, signal });
        let analysis;
        let durationMs: number;
        const startedMs = faceCheck.clock.nowMs();
        try {
          durationMs = source.durationMs;
          analysis = await analyseRecording({
            source,
            detector,
            measureBrightness: faceCheck.createBrightnessMeter(),
            bestFrame,
            challenges: issued.challenges,
            config,
            signal,
            // The detector's clock only moves forward: go on from now.
            timestampBaseMs: faceCheck.clock.nowMs(),
            onProgress: (fraction) => !signal.aborted && setStage({ name: 'checking', issued, percent: Math.floor(fraction * 100) }),
          });
        } finally {
          source.close();
        }
        if (signal.aborted) return;
        const { analysedFps, framesAnalysed, spanMs, passed } = analysis;
        recordRecordedAnalysis({ analysedFps, framesAnalysed, spanMs, passed, tookMs: faceCheck.clock.nowMs() - startedMs });
        if (!analysis.passed) {
          bestFrame.clear();
          setStage({ name: 'not-seen', issued, seen: analysis.state.records.map((record) => record.kind) });
          return;
        }
        const photo = await bestFrame.toJpeg();
        bestFrame.clear();
        if (!photo) {
          setStage({ name: 'not-seen', issued, seen: analysis.state.records.map((record) => record.kind) });
          return;
        }
        const fitted = await fitForSending(issued, file, video, signal);
        if (signal.aborted) return;
        const runtime = detector.runtime;
        const lengthMs = Number.isFinite(durationMs) ? durationMs : analysis.spanMs;
        const metadata: EvidenceMetadata = {
          challengeId: issued.challengeId,
          nonce: issued.nonce,
          actions: analysis.state.records.map((record) => ({ ...record, startMs: Math.round(record.startMs), endMs: Math.round(record.endMs) })),
          startedAt: new Date(issued.issuedAtEpochMs).toISOString(),
          durationMs: Math.round(lengthMs),
          appVersion: latest.current.appVersion,
          camera: 'front',
          device: deviceFacts(),
          video: { mimeType: fitted.mimeType, bytes: fitted.blob.size },
          photo: { mimeType: 'image/jpeg', bytes: photo.blob.size, width: photo.width, height: photo.height },
          route: 'recorded',
          frameRate: { analysedFps: Math.round(analysis.analysedFps * 10) / 10, tier: 'slow', tierFps: 0 },
          ...(runtime ? { detector: { thread: runtime.thread, delegate: runtime.delegate, wasm: runtime.wasm } } : {}),
          recording: {
            spokenCode: issued.spokenCode ?? '',
            issuedAt: new Date(issued.issuedAtEpochMs).toISOString(),
            fileCreatedAt: createdAt ? createdAt.toISOString() : null,
            phoneCheck: 'passed',
          },
        };
        latest.current.onPassed({ photo: photo.blob, video: fitted.blob, metadata });
      } catch (error) {
        bestFrame.clear();
        if (signal.aborted) return;
        setStage({ name: 'problem', issued, problem: problemOf(error) });
      }
    },
    [faceCheck, fitForSending],
  );

  /**
   * Certify, on a phone that cannot check the video: the video (fitted to the limits) with a still from
   * it as the photo, marked as not checked on the phone, with no actions (nothing saw them).
   */
  const handOver = useCallback(
    async (stage: Extract<RecordedStage, { name: 'unchecked' }>, video: HTMLVideoElement) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const { signal } = controller;
      const { issued, file, createdAt } = stage;
      try {
        setStage({ name: 'fitting', issued, percent: 0 });
        const still = await faceCheck.stillFromVideo(video, file, { signal });
        const fitted = await fitForSending(issued, file, video, signal);
        if (signal.aborted) return;
        const metadata: EvidenceMetadata = {
          challengeId: issued.challengeId,
          nonce: issued.nonce,
          actions: [],
          startedAt: new Date(issued.issuedAtEpochMs).toISOString(),
          durationMs: still.durationMs,
          appVersion: latest.current.appVersion,
          camera: 'front',
          device: deviceFacts(),
          video: { mimeType: fitted.mimeType, bytes: fitted.blob.size },
          photo: { mimeType: 'image/jpeg', bytes: still.photo.blob.size, width: still.photo.width, height: still.photo.height },
          route: 'recorded',
          recording: {
            spokenCode: issued.spokenCode ?? '',
            issuedAt: new Date(issued.issuedAtEpochMs).toISOString(),
            fileCreatedAt: createdAt ? createdAt.toISOString() : null,
            phoneCheck: 'not-possible',
          },
        };
        latest.current.onPassed({ photo: still.photo.blob, video: fitted.blob, metadata });
      } catch (error) {
        if (signal.aborted) return;
        setStage({ name: 'problem', issued, problem: problemOf(error) });
      }
    },
    [faceCheck, fitForSending],
  );

  return {
    stage,
    issue: () => void issue(),
    check: (issued: IssuedChallenges, file: Blob, video: HTMLVideoElement) => void check(issued, file, video),
    handOver: (stage: Extract<RecordedStage, { name: 'unchecked' }>, video: HTMLVideoElement) => void handOver(stage, video),
    /** Film again for the same actions and code. */
    again: (issued: IssuedChallenges) => setStage({ name: 'actions', issued }),
    cancel: () => {
      abort.current?.abort();
      setStage({ name: 'explain' });
    },
  };
}

function problemOf(error: unknown): RecordedProblem {
  if (error instanceof FitRecordingError) return error.code === 'too-long' ? 'too-long' : 'too-big';
  // RecordedVideoError, VideoStillError, anything else: the file could not be read as a video.
  return 'unreadable';
}
