/**
 * The usual cycle is 12 months from the last certification (certification-process.md §3). Some
 * regions and pension types differ; the agency's own record is what counts, and the screen says so.
 */
export function defaultNextDueDate(decidedAtIso: string): string {
  const decided = new Date(decidedAtIso);
  const due = new Date(Date.UTC(decided.getUTCFullYear() + 1, decided.getUTCMonth(), decided.getUTCDate()));
  // 29 February → 28 February next year, not 1 March.
  if (due.getUTCMonth() !== decided.getUTCMonth()) due.setUTCDate(0);
  return due.toISOString().slice(0, 10);
}
