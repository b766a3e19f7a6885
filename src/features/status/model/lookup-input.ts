import { isReceiptCode, normalizeReceiptCode } from '../../../../contract/receipt-code';

export type LookupInput = { shortCode: string; idNumberLast4: string };
export type LookupProblems = { shortCode?: 'invalidCode'; idNumberLast4?: 'invalidLast4' };

/** Receipt codes are printed in groups of four and typed with or without the spaces (receipt-code.ts). */
export function normaliseLookup(input: LookupInput): { ok: true; value: LookupInput } | { ok: false; problems: LookupProblems } {
  const shortCode = normalizeReceiptCode(input.shortCode);
  const idNumberLast4 = input.idNumberLast4.replace(/\s/g, '').toUpperCase();
  const problems: LookupProblems = {};
  if (!isReceiptCode(shortCode)) problems.shortCode = 'invalidCode';
  if (!/^\d{3}[\dX]$/.test(idNumberLast4)) problems.idNumberLast4 = 'invalidLast4';
  if (problems.shortCode || problems.idNumberLast4) return { ok: false, problems };
  return { ok: true, value: { shortCode, idNumberLast4 } };
}
