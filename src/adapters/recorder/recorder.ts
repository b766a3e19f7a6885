export type RecorderErrorCode = 'not-supported' | 'failed';

export class RecorderError extends Error {
  readonly code: RecorderErrorCode;
  constructor(code: RecorderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RecorderError';
    this.code = code;
  }
}

export type Recording = { blob: Blob; mimeType: string };

/** Records the camera stream while the check runs. One recorder per check. */
export interface Recorder {
  start(stream: MediaStream): void;
  /** Ends the recording and returns everything recorded since start(). */
  stop(): Promise<Recording>;
  /** Drops the recording (check cancelled or failed): nothing is kept. */
  discard(): void;
}

export type RecorderFactory = () => Recorder;
