import * as z from 'zod/mini';
import { evidenceRouteSchema, frameRateTierSchema, phoneChecks, submissionStateSchema } from './certification-api';

/**
 * The review console side of the reference server's REST protocol (see server/openapi.yaml).
 * Cookie session after login; every state-changing call must send the CSRF header below.
 */
export const reviewCsrfHeader = 'x-requested-with';
export const reviewCsrfValue = 'review-console';
export const reviewSessionCookie = 'review_session';

export const loginRequestSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const reviewerSchema = z.object({ username: z.string() });
export type Reviewer = z.infer<typeof reviewerSchema>;

/**
 * Why a pre-check came out as it did, as a code and its values (numbers, action kinds, field names),
 * so the review console can say it in the reviewer's language. The codes the reference server sends
 * are `precheckNoteCodes`; the schema takes any string, so a newer server's note does not make an
 * older console refuse the whole submission (it shows the English detail instead).
 */
export const precheckNoteCodes = [
  'metadata-complete',
  'metadata-missing',
  'actions-in-order',
  'actions-out-of-order',
  'timings-plausible',
  'action-too-short',
  'action-too-long',
  'action-overlaps',
  'action-after-recording',
  'recorded-in-session',
  'recorded-outside-session',
  'submitted-in-time',
  'submitted-late',
  'sizes-ok',
  'photo-over-limit',
  'video-over-limit',
  'photo-size-differs',
  'video-size-differs',
  'photo-dimensions-match',
  'photo-dimensions-differ',
  'video-type-match',
  'video-type-differs',
  'video-duration-unknown',
  'video-too-long',
  'video-duration-differs',
  'video-duration-match',
  'frame-rate-unreported',
  'frame-rate-tier-mismatch',
  'frame-rate-tier-unearned',
  'frame-rate-too-low',
  'frame-rate-standard-slow',
  'frame-rate-ok',
  'route-mismatch',
  'route-live',
  'route-recorded',
  /** Recorded route, the phone could not check the video (no WebGL…): the reviewer is the only check. */
  'route-recorded-unchecked',
  /** A check that needs the phone's analysis (actions, their order and timing, the frame rate): not done on the phone. */
  'not-checked-on-phone',
  'spoken-code-mismatch',
  'video-created-known',
  'video-created-unknown',
] as const;
export type PrecheckNoteCode = (typeof precheckNoteCodes)[number];

export const precheckNoteSchema = z.object({
  code: z.string(),
  values: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
});
export type PrecheckNote = z.infer<typeof precheckNoteSchema>;

/** One automatic pre-check's outcome, stored with the submission and shown to reviewers. */
export const precheckResultSchema = z.object({
  check: z.string(),
  outcome: z.enum(['pass', 'fail', 'warn', 'unknown']),
  /** Plain English detail (logs, API clients, results stored before notes existed); no personal data. */
  detail: z.string(),
  /** The same, as codes the console words in its own language (absent in results stored before). */
  notes: z.optional(z.array(precheckNoteSchema)),
});
export type PrecheckResult = z.infer<typeof precheckResultSchema>;

export const precheckSummarySchema = z.object({
  passed: z.int(),
  failed: z.int(),
  warnings: z.int(),
  unknown: z.int(),
  allPassed: z.boolean(),
});
export type PrecheckSummary = z.infer<typeof precheckSummarySchema>;

// GET /api/review/queue?state=received|in-review|approved|rejected|redo-requested (default: received,in-review)
export const queueItemSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  state: submissionStateSchema,
  name: z.string(),
  /** 1101**********123X */
  idNumberMasked: z.string(),
  precheck: precheckSummarySchema,
  /** 'recorded': filmed with the phone's camera app; always for a person to look at and listen to (absent: live). */
  route: z.optional(evidenceRouteSchema),
  /** The frame-rate tier the actions were picked for (absent: standard). */
  tier: z.optional(frameRateTierSchema),
});
export type QueueItem = z.infer<typeof queueItemSchema>;
export const queueResponseSchema = z.object({ items: z.array(queueItemSchema) });
export type QueueResponse = z.infer<typeof queueResponseSchema>;

// GET /api/review/submissions/:id
export const submissionDetailsSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  state: submissionStateSchema,
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.optional(z.string()),
  challenges: z.array(z.string()),
  route: z.optional(evidenceRouteSchema),
  tier: z.optional(frameRateTierSchema),
  /** Recorded route: the 4 digits the person should read aloud on the video. */
  spokenCode: z.optional(z.string()),
  /** Recorded route: whether the phone checked the video itself ('not-possible': nobody has but the reviewer). */
  phoneCheck: z.optional(z.enum(phoneChecks)),
  precheck: precheckSummarySchema,
  precheckResults: z.array(precheckResultSchema),
  /** The EvidenceMetadata the app sent, as sent. */
  metadata: z.unknown(),
  photo: z.object({ bytes: z.int(), mimeType: z.string() }),
  video: z.object({ bytes: z.int(), mimeType: z.string(), durationMs: z.nullable(z.number()) }),
  /** False once evidence was deleted (retention sweep or withdrawal). */
  evidenceAvailable: z.boolean(),
  decision: z.optional(
    z.object({
      decision: z.enum(['approve', 'reject', 'redo']),
      reasonCode: z.optional(z.string()),
      reasonText: z.optional(z.string()),
      decidedAt: z.string(),
      decidedBy: z.string(),
    }),
  ),
});
export type SubmissionDetails = z.infer<typeof submissionDetailsSchema>;
// GET /api/review/submissions/:id/photo → image/jpeg; /video → video/webm or video/mp4 (Range supported)

// GET /api/review/reasons
export const reviewReasonSchema = z.object({
  code: z.string(),
  /** Which decisions may use it. */
  appliesTo: z.array(z.enum(['reject', 'redo'])),
  label: z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() }),
});
export type ReviewReason = z.infer<typeof reviewReasonSchema>;
export const reasonsResponseSchema = z.object({ reasons: z.array(reviewReasonSchema) });
export type ReasonsResponse = z.infer<typeof reasonsResponseSchema>;

// POST /api/review/submissions/:id/decision
export const decisionRequestSchema = z.object({
  decision: z.enum(['approve', 'reject', 'redo']),
  reasonCode: z.optional(z.string().check(z.maxLength(64))),
  reasonText: z.optional(z.string().check(z.maxLength(1000))),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;
export const decisionResponseSchema = z.object({ id: z.string(), state: submissionStateSchema, decidedAt: z.string() });
export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

// GET /api/review/audit
export const auditEntrySchema = z.object({
  id: z.int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  submissionId: z.nullable(z.string()),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditResponseSchema = z.object({ entries: z.array(auditEntrySchema) });
export type AuditResponse = z.infer<typeof auditResponseSchema>;
