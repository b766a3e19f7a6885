import { useCallback, useEffect, useRef, useState } from 'react';
import { CameraError, type CameraErrorCode, type CameraFacing } from '../../../adapters/camera/camera';
import { FaceDetectorError, type FaceDetector, type FaceDetectorErrorCode } from '../../../adapters/face-detector/face-detector';
import { useFaceCheckServices } from './use-face-check-services';
import type { MissingFeature } from '../effects/face-check-services';
import { recordLoad } from '../effects/diagnostics';
import type { CheckFailure } from '../effects/run-liveness-check';
import type { Evidence } from '../../../adapters/backend/evidence';

export type FlowErrorCode = CameraErrorCode | FaceDetectorErrorCode | 'recording-failed' | 'issue-failed';

export type FlowStage =
  | { name: 'intro' }
  /** `then`: where agreeing leads (the live check, or the recorded route chosen before consenting). */
  | { name: 'consent'; then: 'live' | 'recorded' }
  | { name: 'unsupported'; missing: MissingFeature[] }
  | { name: 'preparing'; percent: number }
  | { name: 'checking'; run: number }
  /**
   * The recorded route: filming with the phone's own camera app; `run` keys a fresh start.
   * `canCheckOnPhone`: false where the detector cannot run here (the person and staff look at the video instead).
   */
  | { name: 'recorded'; run: number; canCheckOnPhone: boolean }
  | { name: 'review'; evidence: Evidence; route: 'live' | 'recorded' }
  | { name: 'error'; code: FlowErrorCode }
  | { name: 'failed'; reason: 'multiple-faces' };

/**
 * The recorded route is always offered (filming needs only a file input). Checking the video on the phone
 * needs the detector: where there is no WebAssembly, WebGL or ImageBitmap the phone cannot check it, and
 * says so (a missing camera or recorder does not matter).
 */
export function canCheckRecordingOnPhone(missing: readonly MissingFeature[]): boolean {
  return !missing.includes('webAssembly') && !missing.includes('webGl') && !missing.includes('imageBitmap');
}

/** Detector failures that mean MediaPipe cannot run on this phone at all, whatever is tried. */
export function detectorCannotRunHere(code: FlowErrorCode): boolean {
  return code === 'no-webgl' || code === 'no-webassembly' || code === 'start-failed';
}

/** After this many failed tries we offer people and other channels, before anyone gives up. */
export const helpAfterAttempts = 3;

export function flowErrorCode(failure: CheckFailure): FlowErrorCode {
  if (failure.kind === 'camera') return failure.error.code;
  if (failure.kind === 'detector') return failure.error.code;
  if (failure.kind === 'issue') return 'issue-failed';
  return 'recording-failed';
}

/** The steps around the check: explain → consent → prepare → check → review, and every way out. */
export function useLivenessFlow(initialFacing: CameraFacing = 'front') {
  const faceCheck = useFaceCheckServices();
  const [stage, setStage] = useState<FlowStage>({ name: 'intro' });
  const [attempts, setAttempts] = useState(0);
  const [facing, setFacing] = useState<CameraFacing>(initialFacing);
  const [detector, setDetector] = useState<FaceDetector | null>(null);
  const detectorRef = useRef<FaceDetector | null>(null);
  const loadAbort = useRef<AbortController | null>(null);
  const run = useRef(0);
  const [consented, setConsented] = useState(false);
  // Set once the detector failed to start here (no WebGL, no wasm build compiles): a recorded video cannot be checked either.
  const detectorFailedHere = useRef(false);
  const canCheckOnPhone = useCallback(
    () => !detectorFailedHere.current && canCheckRecordingOnPhone(faceCheck.checkSupport()),
    [faceCheck],
  );

  // Whatever loads the model frees it: leaving the flow releases ~100 MB of wasm memory.
  useEffect(
    () => () => {
      loadAbort.current?.abort();
      detectorRef.current?.dispose();
      detectorRef.current = null;
    },
    [],
  );

  const startCheck = useCallback(() => {
    run.current += 1;
    setStage({ name: 'checking', run: run.current });
  }, []);

  /**
   * The loaded detector, loading it (with progress) if needed: for the recorded route, which analyses
   * the video with the same detector the live check uses. Rejects like load().
   */
  const ensureDetector = useCallback(
    async (onProgress: (percent: number) => void, signal: AbortSignal): Promise<FaceDetector> => {
      if (detectorRef.current) return detectorRef.current;
      const created = faceCheck.createDetector();
      try {
        recordLoad('start');
        await created.load({ signal, onProgress: ({ fraction }) => onProgress(Math.min(100, Math.floor(fraction * 100))) });
        recordLoad('end', created);
      } catch (error) {
        created.dispose();
        if (error instanceof FaceDetectorError && detectorCannotRunHere(error.code)) detectorFailedHere.current = true;
        throw error;
      }
      if (signal.aborted) {
        created.dispose();
        signal.throwIfAborted();
      }
      detectorRef.current = created;
      setDetector(created);
      return created;
    },
    [faceCheck],
  );

  const toRecorded = useCallback(() => {
    run.current += 1;
    setStage(consented ? { name: 'recorded', run: run.current, canCheckOnPhone: canCheckOnPhone() } : { name: 'consent', then: 'recorded' });
  }, [consented, canCheckOnPhone]);

  const prepareAndStart = useCallback(async () => {
    const missing = faceCheck.checkSupport();
    if (missing.length > 0) {
      setStage({ name: 'unsupported', missing });
      return;
    }
    if (detectorRef.current) {
      startCheck();
      return;
    }
    setStage({ name: 'preparing', percent: 0 });
    const abort = new AbortController();
    loadAbort.current = abort;
    // The camera is asked for before the model downloads: nobody waits for 17 MB only to find the
    // camera refused, and its help comes at once. It is closed again straight away (no light while
    // downloading); the check reopens it without asking twice.
    try {
      (await faceCheck.camera.open({ facing })).stop();
    } catch (error) {
      if (abort.signal.aborted) return;
      // A try like one that fails in the check itself: after three, people and other channels are offered.
      setAttempts((n) => n + 1);
      setStage({ name: 'error', code: error instanceof CameraError ? error.code : 'unknown' });
      return;
    }
    if (abort.signal.aborted) return;
    const created = faceCheck.createDetector();
    try {
      recordLoad('start');
      await created.load({
        signal: abort.signal,
        onProgress: ({ fraction }) => {
          if (!abort.signal.aborted) setStage({ name: 'preparing', percent: Math.min(100, Math.floor(fraction * 100)) });
        },
      });
      recordLoad('end', created);
    } catch (error) {
      created.dispose();
      if (abort.signal.aborted) return;
      const code = error instanceof FaceDetectorError ? error.code : 'start-failed';
      if (detectorCannotRunHere(code)) detectorFailedHere.current = true;
      setStage({ name: 'error', code });
      return;
    }
    if (abort.signal.aborted) {
      created.dispose();
      return;
    }
    detectorRef.current = created;
    setDetector(created);
    startCheck();
  }, [faceCheck, startCheck, facing]);

  const onFailure = useCallback((failure: CheckFailure) => {
    if (failure.kind === 'detector') {
      // A detector that broke mid-check (e.g. a GPU context lost) is rebuilt from scratch on 再试一次.
      detectorRef.current?.dispose();
      detectorRef.current = null;
      setDetector(null);
    }
    setAttempts((n) => n + 1);
    setStage({ name: 'error', code: flowErrorCode(failure) });
  }, []);

  return {
    stage,
    attempts,
    facing,
    detector,
    setFacing,
    toConsent: () => setStage({ name: 'consent', then: 'live' }),
    toIntro: () => setStage({ name: 'intro' }),
    agree: () => {
      setConsented(true);
      if (stage.name === 'consent' && stage.then === 'recorded') {
        run.current += 1;
        setStage({ name: 'recorded', run: run.current, canCheckOnPhone: canCheckOnPhone() });
      } else void prepareAndStart();
    },
    toRecorded,
    ensureDetector,
    cancelPreparing: () => {
      loadAbort.current?.abort();
      setStage({ name: 'intro' });
    },
    retry: () => void prepareAndStart(),
    countAttempt: () => setAttempts((n) => n + 1),
    onPassed: (evidence: Evidence) => setStage({ name: 'review', evidence, route: evidence.metadata.route ?? 'live' }),
    onEngineFailed: (reason: 'multiple-faces') => {
      setAttempts((n) => n + 1);
      setStage({ name: 'failed', reason });
    },
    onFailure,
    /** Again, the same way as before: the live check, or filming again. */
    redo: () => (stage.name === 'review' && stage.route === 'recorded' ? toRecorded() : startCheck()),
  };
}
