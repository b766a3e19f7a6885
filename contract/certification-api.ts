import * as z from 'zod/mini';
import { challengeKinds, frameRateTiers, type ChallengeKind } from './challenges';

/**
 * The retiree side of the reference server's REST protocol (see server/openapi.yaml). zod/mini, no
 * DOM or Node types: the server, the app's http backend and the review console all import it.
 */

export const challengeKindSchema = z.enum(challengeKinds);
export type ChallengeKindDto = ChallengeKind;
export const frameRateTierSchema = z.enum(frameRateTiers);

/**
 * How the evidence is made: 'live', the camera check in the page; 'recorded', a short video filmed with
 * the phone's own camera app (where the live check cannot run) and analysed on the phone with the same
 * rules. A recorded submission is always looked at by a person (never approved automatically), who
 * also hears the spoken code.
 */
export const evidenceRoutes = ['live', 'recorded'] as const;
export type EvidenceRoute = (typeof evidenceRoutes)[number];
export const evidenceRouteSchema = z.enum(evidenceRoutes);

/** Limits the server enforces by default (a deployment may lower or raise them; the server says so in 413s). */
export const defaultEvidenceLimits = {
  photoMaxBytes: 2 * 1024 * 1024,
  videoMaxBytes: 8 * 1024 * 1024,
  /** Longest accepted recording. */
  videoMaxDurationMs: 60_000,
} as const;
export type EvidenceLimits = { photoMaxBytes: number; videoMaxBytes: number; videoMaxDurationMs: number };

/**
 * Every 4xx body. `code` is one of apiErrorCodes (./api-errors), read as any string so an older app
 * copes with a newer server's code; the app maps it to an i18n key; `message` is plain English for
 * logs and developers.
 */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** Only on invalid-id-number (an IdNumberProblem) and invalid-name (a PersonNameProblem). */
  problem: z.optional(z.string()),
  /** Only on validation errors: the request fields that were wrong (never their values). */
  fields: z.optional(z.array(z.string())),
});
export type ApiError = z.infer<typeof apiErrorSchema>;


// POST /api/sessions
export const createSessionRequestSchema = z.object({
  /** As typed: checkPersonName (person-name.ts) trims, normalises and refuses invisible characters. */
  name: z.string().check(z.maxLength(200)),
  idNumber: z.string().check(z.maxLength(40)),
  phone: z.optional(z.string().check(z.trim(), z.maxLength(30))),
  /** The frame-rate tier the device measured; the session's actions come from it. Absent (older apps): 'standard'. */
  tier: z.optional(frameRateTierSchema),
  /** How the evidence will be made. Absent (older apps): 'live'. */
  route: z.optional(evidenceRouteSchema),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

export const createSessionResponseSchema = z.object({
  sessionId: z.string(),
  challenges: z.array(challengeKindSchema),
  nonce: z.string(),
  expiresAt: z.string(), // ISO 8601 UTC
  /** Recorded route only: 4 digits the person reads aloud on the recording, for the reviewer to hear. */
  spokenCode: z.optional(z.string()),
  /**
   * The limits this server enforces on the session's evidence (its deployment may lower or raise the
   * defaults): the app re-encodes a phone video that is bigger. Absent (older servers): defaultEvidenceLimits.
   */
  evidenceLimits: z.optional(
    z.object({
      photoMaxBytes: z.int().check(z.positive()),
      videoMaxBytes: z.int().check(z.positive()),
      videoMaxDurationMs: z.int().check(z.positive()),
    }),
  ),
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

// tus uploads at /api/uploads/: Upload-Metadata keys (base64 values as tus requires).
export const uploadPartSchema = z.enum(['photo', 'video']);
export type UploadPart = z.infer<typeof uploadPartSchema>;
export const uploadsPath = '/api/uploads/';
export const uploadMetadataSchema = z.object({
  sessionId: z.string().check(z.minLength(1), z.maxLength(64)),
  nonce: z.string().check(z.minLength(1), z.maxLength(128)),
  part: uploadPartSchema,
  filetype: z.string().check(z.maxLength(100)),
});
export type UploadMetadata = z.infer<typeof uploadMetadataSchema>;

/** The upload id is the last path segment of the tus Location URL (e.g. /api/uploads/<id>). */
export function uploadIdFromUrl(url: string): string {
  const withoutQuery = url.split(/[?#]/)[0] ?? '';
  const segments = withoutQuery.split('/').filter((segment) => segment !== '');
  return segments[segments.length - 1] ?? '';
}

// POST /api/submissions
const actionRecordSchema = z.object({
  kind: challengeKindSchema,
  /** Times in ms from the start of the recording. */
  startMs: z.number().check(z.gte(0)),
  endMs: z.number().check(z.gte(0)),
  /** The strongest value of the action's signal, in that signal's own unit (score 0..1 or degrees). */
  peakScore: z.number(),
});

/**
 * Recorded route: whether the phone itself checked the video ('passed': the same detector and rules as
 * the live check saw every action in order), or could not ('not-possible': no WebGL, no WebAssembly, or
 * the detector would not start on any rung; the video goes to staff unchecked). Absent: 'passed' (apps
 * older than this field submitted only recordings the phone had checked).
 */
export const phoneChecks = ['passed', 'not-possible'] as const;
export type PhoneCheck = (typeof phoneChecks)[number];

/** What the app records about a face check (the app's Evidence carries exactly this). */
export const evidenceMetadataSchema = z
  .object({
  challengeId: z.string().check(z.maxLength(200)),
  nonce: z.string().check(z.maxLength(128)),
  actions: z.array(actionRecordSchema).check(z.maxLength(10)),
  startedAt: z.iso.datetime(),
  durationMs: z.number().check(z.gte(0)),
  appVersion: z.string().check(z.maxLength(50)),
  camera: z.enum(['front', 'rear']),
  device: z.object({
    userAgent: z.string().check(z.maxLength(500)),
    screen: z.string().check(z.maxLength(50)),
    language: z.string().check(z.maxLength(35)),
  }),
  video: z.object({ mimeType: z.string().check(z.maxLength(100)), bytes: z.int().check(z.gte(0)) }),
  photo: z.object({
    mimeType: z.literal('image/jpeg'),
    bytes: z.int().check(z.gte(0)),
    width: z.int().check(z.gte(0)),
    height: z.int().check(z.gte(0)),
  }),
  // The four below are absent from apps older than the frame-rate tiers (and from their outbox entries).
  /** Absent: 'live'. */
  route: z.optional(evidenceRouteSchema),
  /** Frames analysed per second over the check; the tier the actions were picked for, and the rate that chose it. */
  frameRate: z.optional(
    z.object({
      analysedFps: z.number().check(z.gte(0), z.lte(1000)),
      tier: frameRateTierSchema,
      tierFps: z.number().check(z.gte(0), z.lte(1000)),
    }),
  ),
  /** Which rung of the runtime ladder analysed it (support). */
  detector: z.optional(
    z.object({ thread: z.string().check(z.maxLength(10)), delegate: z.string().check(z.maxLength(10)), wasm: z.string().check(z.maxLength(10)) }),
  ),
  /**
   * Recorded route: the code read aloud, when the actions were issued, when the file says it was made
   * (null: it does not say), and whether the phone could check the video (see phoneChecks).
   */
  recording: z.optional(
    z.object({
      spokenCode: z.string().check(z.regex(/^\d{4}$/)),
      issuedAt: z.iso.datetime(),
      fileCreatedAt: z.nullable(z.iso.datetime()),
      phoneCheck: z.optional(z.enum(phoneChecks)),
    }),
  ),
})
  // A video the phone did not check exists only on the recorded route (a live check is always checked).
  .check(
    z.refine((metadata) => metadata.recording?.phoneCheck !== 'not-possible' || metadata.route === 'recorded', {
      message: 'a video not checked on the phone must come by the recorded route',
      path: ['recording', 'phoneCheck'],
    }),
  );
export type EvidenceMetadataDto = z.infer<typeof evidenceMetadataSchema>;

export const createSubmissionRequestSchema = z.object({
  sessionId: z.string().check(z.minLength(1), z.maxLength(64)),
  nonce: z.string().check(z.minLength(1), z.maxLength(128)),
  photoUploadId: z.string().check(z.minLength(1), z.maxLength(128)),
  videoUploadId: z.string().check(z.minLength(1), z.maxLength(128)),
  metadata: evidenceMetadataSchema,
  /** Chosen by the client once per submission attempt (e.g. crypto.randomUUID()) and reused on every retry. */
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(128)),
});
export type CreateSubmissionRequest = z.infer<typeof createSubmissionRequestSchema>;

export const submissionReceiptSchema = z.object({
  submissionId: z.string(),
  statusToken: z.string(),
  /** The receipt's 查询码, 16 digits (receipt-code.ts): typed on another phone with the ID number's last 4 for a read-only status link. */
  shortCode: z.string(),
});
export type SubmissionReceiptDto = z.infer<typeof submissionReceiptSchema>;

// GET /api/status (Authorization: Bearer <statusToken>)
export const submissionStateSchema = z.enum(['received', 'in-review', 'approved', 'rejected', 'redo-requested']);
export type SubmissionState = z.infer<typeof submissionStateSchema>;

export const statusResponseSchema = z.object({
  submissionId: z.string(),
  state: submissionStateSchema,
  reasonCode: z.optional(z.string()),
  reasonText: z.optional(z.string()),
  decidedAt: z.optional(z.string()),
  /** ISO date (YYYY-MM-DD) by which the next annual certification is due; only once approved. */
  nextDueDate: z.optional(z.string()),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

// POST /api/status/lookup
export const statusLookupRequestSchema = z.object({
  /** The receipt's 查询码 as typed (spaces and dashes allowed; see receipt-code.ts). */
  shortCode: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  idNumberLast4: z.string().check(z.trim(), z.regex(/^\d{3}[\dXx]$/)),
});
export type StatusLookupRequest = z.infer<typeof statusLookupRequestSchema>;

export const statusLookupResponseSchema = z.object({ statusToken: z.string() });
export type StatusLookupResponse = z.infer<typeof statusLookupResponseSchema>;
