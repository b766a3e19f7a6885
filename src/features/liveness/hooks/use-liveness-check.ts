import { useEffect, useRef, useState } from 'react';
import type { CameraFacing, CameraSession } from '../../../adapters/camera/camera';
import { CameraError } from '../../../adapters/camera/camera';
import type { FaceDetector } from '../../../adapters/face-detector/face-detector';
import { useFaceCheckServices } from './use-face-check-services';
import type { IssueChallenges } from '../model/challenge-issue';
import type { Evidence } from '../../../adapters/backend/evidence';
import type { LivenessConfig } from '../model/liveness-config';
import { recordDetectMs, recordRebuild, recordTier } from '../effects/diagnostics';
import { runLivenessCheck, type CheckFailure, type CheckView, type LivenessCheckControls } from '../effects/run-liveness-check';

export type UseLivenessCheckOptions = {
  detector: FaceDetector;
  facing: CameraFacing;
  issueChallenges: IssueChallenges;
  config: LivenessConfig;
  onPassed(evidence: Evidence): void;
  onFailure(failure: CheckFailure): void;
};

async function requestWakeLock(): Promise<WakeLockSentinel | null> {
  try {
    return (await navigator.wakeLock?.request('screen')) ?? null;
  } catch {
    // Not allowed (battery saver, iframe, old browser): the check works without it.
    return null;
  }
}

/** What the evidence says about the phone (no personal data). */
export function deviceFacts() {
  return {
    userAgent: navigator.userAgent,
    screen: `${screen.width}x${screen.height}@${window.devicePixelRatio}`,
    language: navigator.language,
  };
}

/**
 * Opens the camera, plays it into the returned video element and runs the check; unmounting stops
 * the loop and the camera (the camera light goes off as soon as the person leaves the step).
 */
export function useLivenessCheck(options: UseLivenessCheckOptions) {
  const faceCheck = useFaceCheckServices();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [view, setView] = useState<CheckView | null>(null);
  const [controls, setControls] = useState<LivenessCheckControls | null>(null);
  // The callbacks change on every render of the parent; the check must not restart because of that.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const { detector, facing, config } = options;
  useEffect(() => {
    let cancelled = false;
    let session: CameraSession | null = null;
    let running: LivenessCheckControls | null = null;
    let wakeLock: WakeLockSentinel | null = null;
    const video = videoRef.current;

    const start = async () => {
      try {
        session = await faceCheck.camera.open({ facing });
      } catch (error) {
        if (!cancelled) latest.current.onFailure({ kind: 'camera', error: error instanceof CameraError ? error : new CameraError('unknown', String(error)) });
        return;
      }
      if (cancelled || !video) {
        session.stop();
        return;
      }
      video.srcObject = session.stream;
      video.muted = true;
      try {
        await video.play();
      } catch {
        // Autoplay of a muted inline video is allowed everywhere we run; frames still arrive if not.
      }
      if (cancelled) return;
      // Phones dim after ~30 s; an older person may take longer than that. Released with the check.
      wakeLock = await requestWakeLock();
      if (cancelled) {
        void wakeLock?.release();
        return;
      }
      const cue = faceCheck.createSuccessCue();
      let successCount = 0;
      const check = runLivenessCheck({
        video,
        camera: session,
        detector,
        recorder: faceCheck.createRecorder(),
        frames: faceCheck.createFrameScheduler(video),
        grabFrame: faceCheck.grabFrame,
        measureBrightness: faceCheck.createBrightnessMeter(),
        bestFrame: faceCheck.createBestFrameKeeper(),
        clock: faceCheck.clock,
        visibility: faceCheck.visibility,
        // The latest caller's function, without restarting the check when the caller re-renders.
        issueChallenges: (request, signal) => latest.current.issueChallenges(request, signal),
        config,
        appVersion: __APP_VERSION__,
        deviceFacts: deviceFacts(),
        onView: (next) => {
          // The sound and buzz fire once per success, outside React's render cycle.
          if (next.successCount > successCount) cue.play();
          successCount = next.successCount;
          setView(next);
        },
        onPassed: (evidence) => {
          session?.stop();
          latest.current.onPassed(evidence);
        },
        onFailure: (failure) => {
          session?.stop();
          latest.current.onFailure(failure);
        },
        onFrameTimed: recordDetectMs,
        onRebuilt: recordRebuild,
        onTierChosen: recordTier,
      });
      running = {
        ...check,
        stop: () => {
          check.stop();
          cue.dispose();
        },
      };
      setControls(running);
    };
    void start();

    return () => {
      cancelled = true;
      running?.stop();
      session?.stop();
      void wakeLock?.release().catch(() => undefined);
      if (video) video.srcObject = null;
      setControls(null);
      setView(null);
    };
  }, [faceCheck, detector, facing, config]);

  return { videoRef, view, controls };
}
