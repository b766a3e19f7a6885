import { hashPin, verifyPin, type PinRecord } from '../model/pin';

/** The browser's WebCrypto for the PIN model. */
export function hashPinInBrowser(pin: string): Promise<PinRecord> {
  return hashPin(pin, {
    subtle: crypto.subtle,
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  });
}

export function verifyPinInBrowser(pin: string, record: PinRecord): Promise<boolean> {
  return verifyPin(pin, record, crypto.subtle);
}
