import { webcrypto, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkNewPin, checkPinFormat, hashPin, isPinRecord, pinLockoutMs, verifyPin } from '../../../../src/features/kiosk/model/pin';

const subtle = webcrypto.subtle as SubtleCrypto;
const deps = { subtle, randomBytes: (n: number) => new Uint8Array(randomBytes(n)), iterations: 1_000 };

describe('staff PIN', () => {
  it('checks the format', () => {
    expect(checkPinFormat('1234')).toBeNull();
    expect(checkPinFormat('12345678')).toBeNull();
    expect(checkPinFormat('123')).toBe('too-short');
    expect(checkPinFormat('123456789')).toBe('too-long');
    expect(checkPinFormat('12a4')).toBe('not-digits');
  });

  it('refuses a new PIN anyone at the kiosk would try first, saying why', () => {
    const cases: [string, ReturnType<typeof checkNewPin>][] = [
      ['1234', 'sequence'],
      ['0000', 'repeated'],
      ['123456', 'sequence'],
      ['654321', 'sequence'],
      ['890123', 'sequence'],
      ['135791', 'sequence'],
      ['111111', 'repeated'],
      ['121212', 'repeated'],
      ['12341234', 'repeated'],
      ['147258', 'common'],
      ['520520', 'repeated'],
      ['5201314', 'common'],
      ['19500315', 'date'], // born 15 March 1950
      ['15031950', 'date'],
      ['03151950', 'date'],
      ['500315', 'date'],
      ['150350', 'date'],
      ['2580', 'common'],
      ['5829', 'too-short'],
      ['123456789', 'sequence'],
      ['482915394', 'too-long'],
      ['48a915', 'not-digits'],
    ];
    for (const [pin, problem] of cases) expect(checkNewPin(pin), pin).toBe(problem);
    for (const pin of ['482915', '7305918', '39462817', '904173']) expect(checkNewPin(pin), pin).toBeNull();
  });

  it('stores a salted hash, never the PIN, and verifies it', async () => {
    const record = await hashPin('482915', deps);
    expect(isPinRecord(record)).toBe(true);
    expect(JSON.stringify(record)).not.toContain('482915');
    expect(record.iterations).toBe(1_000);
    expect(await verifyPin('482915', record, subtle)).toBe(true);
    expect(await verifyPin('482916', record, subtle)).toBe(false);
    expect(await verifyPin('48291', record, subtle)).toBe(false);
    expect(await verifyPin('', record, subtle)).toBe(false);
  });

  it('salts: the same PIN twice gives different hashes', async () => {
    const a = await hashPin('904173', deps);
    const b = await hashPin('904173', deps);
    expect(a.saltB64).not.toBe(b.saltB64);
    expect(a.hashB64).not.toBe(b.hashB64);
  });

  it('refuses to hash a malformed PIN', async () => {
    await expect(hashPin('12', deps)).rejects.toMatchObject({ code: 'too-short' });
    await expect(hashPin('123456', deps)).rejects.toMatchObject({ code: 'sequence' });
  });

  it('makes people wait only after five wrong tries, doubling up to 15 minutes', () => {
    expect(pinLockoutMs(4)).toBe(0);
    expect(pinLockoutMs(5)).toBe(30_000);
    expect(pinLockoutMs(6)).toBe(60_000);
    expect(pinLockoutMs(30)).toBe(15 * 60_000);
  });

  it('rejects records that are not PIN records', () => {
    expect(isPinRecord({ algorithm: 'MD5', iterations: 1, saltB64: '', hashB64: '' })).toBe(false);
    expect(isPinRecord(null)).toBe(false);
  });
});
