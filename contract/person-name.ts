/**
 * A person's name as typed: shared by the app (a plain message as soon as the form is sent) and the
 * server (it refuses and normalises the same way). Names are stored in Unicode NFC with single spaces,
 * so the same name is always the same characters; characters that are invisible or change how text
 * around them is shown (control characters, zero-width and bidi-override marks, fillers) are refused:
 * on a reviewer's screen they can make one name look like another.
 */
export const personNameProblems = ['empty', 'too-long', 'invisible-characters'] as const;
export type PersonNameProblem = (typeof personNameProblems)[number];

export type PersonNameCheck = { valid: true; normalized: string } | { valid: false; problem: PersonNameProblem };

/** Characters, not bytes: the longest names (with a middle dot, 阿依古丽·买买提) are far shorter. */
export const personNameMaxLength = 60;

// Cc control, Cf format (zero-width, bidi marks and overrides, soft hyphen, BOM), Zl/Zp separators,
// Co/Cs private use and lone surrogates, and the Hangul fillers that render as nothing.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\u115F\u1160\u3164\uFFA0]/u;

export function checkPersonName(raw: string): PersonNameCheck {
  const composed = raw.normalize('NFC');
  if (invisible.test(composed)) return { valid: false, problem: 'invisible-characters' };
  const normalized = composed.trim().replace(/\s+/gu, ' ');
  if (normalized === '') return { valid: false, problem: 'empty' };
  if ([...normalized].length > personNameMaxLength) return { valid: false, problem: 'too-long' };
  return { valid: true, normalized };
}
