import { receiptCodeDigits } from '../../../contract/receipt-code';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** Injected so tests can make ids predictable; production uses crypto.randomBytes. */
export type RandomBytes = (size: number) => Buffer;
export const cryptoRandomBytes: RandomBytes = (size) => randomBytes(size);

/** 128 random bits, base64url: used for capability tokens (status, review session). */
export function newToken(random: RandomBytes, bytes = 16): string {
  return random(bytes).toString('base64url');
}

/** Hex id for sessions, uploads and submissions (also safe as a file name). */
export function newId(random: RandomBytes): string {
  return random(16).toString('hex');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A receipt's 查询码: `digits` uniformly random decimal digits (bytes ≥ 250 are drawn again, so no digit is likelier). */
export function newReceiptCode(random: RandomBytes, digits = receiptCodeDigits): string {
  let code = '';
  while (code.length < digits) {
    for (const byte of random(digits)) if (byte < 250 && code.length < digits) code += String(byte % 10);
  }
  return code;
}

/**
 * The receipt must be the same on every retry with the same idempotency key, but the status token
 * is stored only as a hash. So the token is also kept sealed (AES-256-GCM) under a key derived from
 * the idempotency key, which the server never stores: only the client that sent the key can unseal it.
 */
function sealKey(idempotencyKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, 'pension-receipt', 'status-token-seal', 32));
}

export function idempotencyKeyHash(idempotencyKey: string): string {
  return sha256(`idempotency:${idempotencyKey}`);
}

export function sealToken(token: string, idempotencyKey: string, random: RandomBytes): string {
  const iv = random(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(idempotencyKey), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

export function unsealToken(sealed: string, idempotencyKey: string): string | null {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(idempotencyKey), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
