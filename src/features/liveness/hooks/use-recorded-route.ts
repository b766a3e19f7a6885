import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultEvidenceLimits } from '../../../../contract/certification-api';
import { madeBeforeIssued, sameClockSlackMs } from '../../../../contract/recording-created-at';
import type { Evidence, EvidenceMetadata } from '../../../adapters/backend/evidence';
import type { FaceDetector } from '../../../adapters/face-detector/face-detector';
import { recordRecordedAnalysis } from '../effects/diagnostics';
import { FitRecordingError } from '../effects/fit-recording';
import { analyseRecording, RecordedVideoError } from '../effects/recorded-video';
import type { ChallengeKind } from '../model/challenge';
import type { IssueChallenges, IssuedChallenges } from '../model/challenge-issue';
import type { LivenessConfig } from '../model/liveness-config';
import { useFaceCheckServices } from './use-face-check-services';
import { deviceFacts } from './use-liveness-check';

/**
 * The recorded route, step by step: say what will happen → issue the actions and the code (only now,
 * when the person is about to film) → the person films with the phone's camera app → the file must not
 * be older than the issue → the detector (loaded if needed) checks it with the same rules → the file as
 * evidence (re-encoded if too big). Nothing leaves the phone here.
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
  | { name: 'problem'; issued: IssuedChallenges | null; problem: RecordedProblem };

/**
 * Frames analysed per second of video: enough for every slow-tier action (they pass at 3-5 frames a
 * second in the traces) and for a blink (whose windows widen with the interval), without making a slow
 * phone work through all 30.
 */
export const recordedAnalysisMaxFps = 15;

export type UseRecordedRouteOptions = {
  issueChallenges: IssueChallenges;
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
      let detector: FaceDetector;
      try {
        setStage({ name: 'preparing', issued, percent: 0 });
        detector = await latest.current.ensureDetector((percent) => !signal.aborted && setStage({ name: 'preparing', issued, percent }), signal);
      } catch {
        if (!signal.aborted) setStage({ name: 'problem', issued, problem: 'cannot-check' });
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
        setStage({ name: 'fitting', issued, percent: 0 });
        const fitted = await faceCheck.fitRecording(
          file,
          // The reference server's limits (a deployment that lowers them says so in its 413 answers).
          { videoMaxBytes: defaultEvidenceLimits.videoMaxBytes, videoMaxDurationMs: defaultEvidenceLimits.videoMaxDurationMs },
          { video, signal, onProgress: (fraction) => !signal.aborted && setStage({ name: 'fitting', issued, percent: Math.floor(fraction * 100) }) },
        );
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
          },
        };
        latest.current.onPassed({ photo: photo.blob, video: fitted.blob, metadata });
      } catch (error) {
        bestFrame.clear();
        if (signal.aborted) return;
        const problem: RecordedProblem =
          error instanceof RecordedVideoError
            ? 'unreadable'
            : error instanceof FitRecordingError
              ? error.code === 'too-long'
                ? 'too-long'
                : 'too-big'
              : 'unreadable';
        setStage({ name: 'problem', issued, problem });
      }
    },
    [faceCheck],
  );

  return {
    stage,
    issue: () => void issue(),
    check: (issued: IssuedChallenges, file: Blob, video: HTMLVideoElement) => void check(issued, file, video),
    /** Film again for the same actions and code. */
    again: (issued: IssuedChallenges) => setStage({ name: 'actions', issued }),
    cancel: () => {
      abort.current?.abort();
      setStage({ name: 'explain' });
    },
  };
}
