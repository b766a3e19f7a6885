/**
 * The 查询码 on a receipt: 16 random digits, printed and typed in groups of four
 * ("4821 0937 5512 6604"); with the ID number's last 4 it gives a read-only status link on another
 * phone. Digits only, so that the phone's big number pad can type it. Receipts printed before this
 * format had 8 letters and digits (no 0/O, 1/I); they still work.
 */
export const receiptCodeDigits = 16;

const currentFormat = /^\d{16}$/;
const earlierFormat = /^[A-HJ-NP-Z2-9]{8}$/;

/** As typed: spaces and dashes are ignored, letters of an earlier code in any case. */
export function normalizeReceiptCode(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase();
}

export function isReceiptCode(normalized: string): boolean {
  return currentFormat.test(normalized) || earlierFormat.test(normalized);
}

/** "4821 0937 5512 6604" for printing and reading aloud (also a code still being typed: "4821 09"). */
export function formatReceiptCode(code: string): string {
  return /^\d+$/.test(code) ? code.replace(/(\d{4})(?=\d)/g, '$1 ') : code;
}
