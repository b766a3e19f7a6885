import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Upload } from 'tus-js-client';
import {
  uploadIdFromUrl,
  type CreateSessionResponse,
  type EvidenceMetadataDto,
  type StatusResponse,
  type SubmissionReceiptDto,
  type UploadPart,
} from '../../../contract/certification-api';
import { expectedCheckCharacter } from '../../../contract/id-number';

/**
 * The retiree API as a client calls it over HTTP (fetch and the real tus client), with the server's
 * own tiny real media. Shared by the server tests, the app's backend tests and the browser specs.
 */
const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const fixtures = {
  jpeg: readFileSync(path.join(fixturesDir, 'tiny.jpg')),
  webm: readFileSync(path.join(fixturesDir, 'tiny.webm')),
};
/** Facts about the fixtures (checked by the media parser tests). */
export const fixtureFacts = { jpegWidth: 160, jpegHeight: 120, webmDurationMs: 1471 };

/** A valid ID number (GB 11643 check digit) used across the tests; the console shows it masked. */
export const validIdNumber = '11010519491231002X';

/** Another valid ID number for each `n` (0-999): a different person to the server. */
export function idNumberOf(n: number): string {
  const first17 = `11010519500101${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${expectedCheckCharacter(first17)}`;
}

/**
 * A larger but still valid JPEG (COM segments of filler after SOI), for upload and resume tests:
 * committed fixtures stay tiny.
 */
export function paddedJpeg(targetBytes: number): Buffer {
  const parts: Buffer[] = [fixtures.jpeg.subarray(0, 2)];
  let size = fixtures.jpeg.length;
  while (size + 4 < targetBytes) {
    const length = Math.min(65_533, targetBytes - size - 4);
    const header = Buffer.from([0xff, 0xfe, ((length + 2) >> 8) & 0xff, (length + 2) & 0xff]);
    parts.push(header, Buffer.alloc(length, 0x20));
    size += 4 + length;
  }
  parts.push(fixtures.jpeg.subarray(2));
  return Buffer.concat(parts);
}

/** A larger valid WebM: an EBML Void element (ID 0xEC) of filler between the header and the Segment. */
export function paddedWebm(targetBytes: number): Buffer {
  const ebmlHeaderEnd = 5 + (fixtures.webm[4] ?? 0) - 0x80; // the fixture's EBML header has a 1-byte size
  const fillerBytes = Math.max(targetBytes - fixtures.webm.length - 9, 0);
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(fillerBytes) | (1n << 56n));
  return Buffer.concat([fixtures.webm.subarray(0, ebmlHeaderEnd), Buffer.from([0xec]), size, Buffer.alloc(fillerBytes), fixtures.webm.subarray(ebmlHeaderEnd)]);
}

/** Metadata as the app would send it, consistent with the session and the files. */
export function metadataFor(
  session: CreateSessionResponse,
  overrides: Partial<EvidenceMetadataDto> = {},
  files: { photo: Buffer; video: Buffer } = { photo: fixtures.jpeg, video: fixtures.webm },
  startedAt: Date = new Date(),
): EvidenceMetadataDto {
  const actions = session.challenges.map((kind, index) => ({
    kind,
    startMs: 100 + index * 400,
    endMs: 400 + index * 400,
    // Head turns are yaw degrees; the others blendshape scores.
    peakScore: kind === 'turn-right' ? -28 : kind === 'turn-left' ? 27 : 0.8,
  }));
  return {
    challengeId: `challenge-${session.sessionId}`,
    nonce: session.nonce,
    actions,
    startedAt: startedAt.toISOString(),
    durationMs: fixtureFacts.webmDurationMs,
    appVersion: '0.1.0',
    camera: 'front',
    device: { userAgent: 'test', screen: '360x740', language: 'zh-CN' },
    video: { mimeType: 'video/webm;codecs=vp8', bytes: files.video.length },
    photo: { mimeType: 'image/jpeg', bytes: files.photo.length, width: fixtureFacts.jpegWidth, height: fixtureFacts.jpegHeight },
    // A phone that analysed 24 frames a second, asked for the standard tier, in the live check.
    route: 'live',
    frameRate: { analysedFps: 23.5, tier: 'standard', tierFps: 24 },
    ...overrides,
  };
}

function mp4Box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

/**
 * A minimal valid MP4 (ftyp, moov › mvhd, mdat) whose container says it was made at `createdAt`
 * (mvhd creation_time, seconds since 1904; null writes 0, "not set"), as a phone camera app writes.
 */
export function mp4MadeAt(createdAt: Date | null, durationMs: number = fixtureFacts.webmDurationMs): Buffer {
  const mvhd = Buffer.alloc(100);
  const seconds = createdAt ? Math.round((createdAt.getTime() - Date.UTC(1904, 0, 1)) / 1000) : 0;
  mvhd.writeUInt32BE(seconds, 4); // creation_time (after version 0 and flags)
  mvhd.writeUInt32BE(seconds, 8); // modification_time
  mvhd.writeUInt32BE(1000, 12); // timescale: ms
  mvhd.writeUInt32BE(durationMs, 16);
  return Buffer.concat([
    mp4Box('ftyp', Buffer.from('isom\0\0\0\0isomiso2avc1mp41', 'latin1')),
    mp4Box('moov', mp4Box('mvhd', mvhd)),
    mp4Box('mdat', Buffer.alloc(4000, 7)),
  ]);
}

export function submissionBody(
  session: CreateSessionResponse,
  photoUploadId: string,
  videoUploadId: string,
  overrides: Record<string, unknown> = {},
  startedAt?: Date,
) {
  return {
    sessionId: session.sessionId,
    nonce: session.nonce,
    photoUploadId,
    videoUploadId,
    metadata: metadataFor(session, {}, undefined, startedAt),
    idempotencyKey: `key-${session.sessionId}`,
    ...overrides,
  };
}

/** tus Upload-Metadata: "key base64(value)" pairs. */
export function encodeUploadMetadata(metadata: Record<string, string>): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

/** The headers of every tus request (what the app's tus client sends): an upload answers only to its session's nonce. */
export function tusHeaders(session: Pick<CreateSessionResponse, 'nonce'>, extra: Record<string, string> = {}): Record<string, string> {
  return { 'Tus-Resumable': '1.0.0', Authorization: `Bearer ${session.nonce}`, ...extra };
}

export type UploadMetadata = { sessionId: string; nonce: string; part: UploadPart; filetype: string };

/** Uploads with the real tus client (Node build) and resolves with the upload id. */
export function tusUpload(
  baseUrl: string,
  bytes: Buffer,
  metadata: UploadMetadata,
  options: { chunkSize?: number; retryDelays?: number[]; onProgress?: (sent: number, total: number) => void; uploadSize?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(bytes, {
      endpoint: `${baseUrl}/api/uploads/`,
      metadata,
      headers: { Authorization: `Bearer ${metadata.nonce}` },
      chunkSize: options.chunkSize ?? 64 * 1024,
      retryDelays: options.retryDelays ?? [],
      uploadSize: options.uploadSize ?? null,
      storeFingerprintForResuming: false,
      onProgress: options.onProgress ?? null,
      onError: reject,
      onSuccess: () => resolve(uploadIdFromUrl(upload.url ?? '')),
    });
    upload.start();
  });
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
}

export async function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function startSessionOverHttp(baseUrl: string, person: { name: string; idNumber?: string; phone?: string }): Promise<CreateSessionResponse> {
  const response = await postJson(baseUrl, '/api/sessions', { idNumber: validIdNumber, ...person });
  await expectStatus(response, 201, 'session');
  return (await response.json()) as CreateSessionResponse;
}

/** One tus upload in two plain requests (create, one PATCH): the upload id. */
export async function uploadOverHttp(baseUrl: string, session: CreateSessionResponse, part: UploadPart, bytes: Buffer): Promise<string> {
  const filetype = part === 'photo' ? 'image/jpeg' : 'video/webm';
  const created = await fetch(`${baseUrl}/api/uploads/`, {
    method: 'POST',
    headers: tusHeaders(session, {
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': encodeUploadMetadata({ sessionId: session.sessionId, nonce: session.nonce, part, filetype }),
    }),
  });
  await expectStatus(created, 201, 'tus create');
  const url = new URL(created.headers.get('location') ?? '', baseUrl).href;
  const patched = await fetch(url, {
    method: 'PATCH',
    headers: tusHeaders(session, { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }),
    body: new Uint8Array(bytes),
  });
  await expectStatus(patched, 204, 'tus patch');
  return uploadIdFromUrl(url);
}

/**
 * A complete submission through the retiree API (session → two tus uploads → submission), the way
 * the app's http backend sends one, with the fixture media. Pass the server FIXED_CHALLENGES if the
 * reviewer's screen must show particular actions.
 */
export async function submitThroughApi(baseUrl: string, name: string, idNumber = validIdNumber): Promise<SubmissionReceiptDto> {
  const session = await startSessionOverHttp(baseUrl, { name, idNumber, phone: '13800138000' });
  const photoUploadId = await uploadOverHttp(baseUrl, session, 'photo', fixtures.jpeg);
  const videoUploadId = await uploadOverHttp(baseUrl, session, 'video', fixtures.webm);
  const body = submissionBody(session, photoUploadId, videoUploadId, {}, new Date(Date.now() - 2_000));
  const submitted = await postJson(baseUrl, '/api/submissions', body);
  await expectStatus(submitted, 201, 'submission');
  return (await submitted.json()) as SubmissionReceiptDto;
}

export async function statusOf(baseUrl: string, receipt: Pick<SubmissionReceiptDto, 'statusToken'>): Promise<StatusResponse> {
  const response = await fetch(`${baseUrl}/api/status`, { headers: { Authorization: `Bearer ${receipt.statusToken}` } });
  await expectStatus(response, 200, 'status');
  return (await response.json()) as StatusResponse;
}
