export type LookupInput = { shortCode: string; idNumberLast4: string };
export type LookupProblems = { shortCode?: 'invalidCode'; idNumberLast4?: 'invalidLast4' };

/** Receipt codes are printed in groups sometimes and typed in any case: spaces and dashes are ignored. */
export function normaliseLookup(input: LookupInput): { ok: true; value: LookupInput } | { ok: false; problems: LookupProblems } {
  const shortCode = input.shortCode.replace(/[\s-]/g, '').toUpperCase();
  const idNumberLast4 = input.idNumberLast4.replace(/\s/g, '').toUpperCase();
  const problems: LookupProblems = {};
  if (!/^[A-Z0-9]{8}$/.test(shortCode)) problems.shortCode = 'invalidCode';
  if (!/^\d{3}[\dX]$/.test(idNumberLast4)) problems.idNumberLast4 = 'invalidLast4';
  if (problems.shortCode || problems.idNumberLast4) return { ok: false, problems };
  return { ok: true, value: { shortCode, idNumberLast4 } };
}
