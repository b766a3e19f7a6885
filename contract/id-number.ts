/**
 * Mainland resident ID numbers (居民身份证号码), GB 11643-1999: 17 digits and a check character.
 * Pure: shared by the app (clear messages as the person types) and the server (refuses bad input),
 * so both always find the same problem in the same number. Each problem has one plain message in the
 * app (common:idNumber.problem.*) and is the `problem` of the server's invalid-id-number answer.
 */
export const idNumberProblems = [
  'empty',
  'wrong-length', // not 18 characters (an old 15-digit number must be upgraded first)
  'bad-characters', // anything but digits, with X allowed only last
  'bad-region', // the first two digits are not a provincial-level region code
  'bad-birth-date', // digits 7-14 are not a real date, or a date in the future, or before 1900
  'check-digit', // the last character does not match the other 17 (most often a typo)
] as const;
export type IdNumberProblem = (typeof idNumberProblems)[number];

export function isIdNumberProblem(value: unknown): value is IdNumberProblem {
  return typeof value === 'string' && (idNumberProblems as readonly string[]).includes(value);
}

export type IdNumberCheck = { valid: true; normalized: string } | { valid: false; problem: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
/** GB/T 2260 provincial-level codes, plus 71/81/82 (Taiwan, Hong Kong, Macau) and 83 (residence permits). */
const REGION_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
]);

export function expectedCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

function isRealPastDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return date.getTime() <= today.getTime();
}

/**
 * What a person typed, as the number is written on the card: a small x becomes the capital X,
 * full-width digits and Ｘ (a Chinese keyboard's) become plain ones. Nothing else changes, so a
 * real mistake is still shown as typed. Used as the field changes, and again by checkIdNumber.
 */
export function normalizeIdNumberInput(raw: string): string {
  return raw
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[xｘＸ]/g, 'X');
}

/**
 * Checks an ID number as typed; spaces are ignored (people often type it in groups) and a small x
 * or full-width characters are taken as what they mean (normalizeIdNumberInput).
 */
export function checkIdNumber(raw: string, today: Date = new Date()): IdNumberCheck {
  const value = normalizeIdNumberInput(raw).replace(/\s+/g, '');
  if (value === '') return { valid: false, problem: 'empty' };
  if (value.length !== 18) return { valid: false, problem: 'wrong-length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, problem: 'bad-characters' };
  if (!REGION_PREFIXES.has(value.slice(0, 2))) return { valid: false, problem: 'bad-region' };
  if (!isRealPastDate(value.slice(6, 14), today)) return { valid: false, problem: 'bad-birth-date' };
  if (expectedCheckCharacter(value.slice(0, 17)) !== value[17]) return { valid: false, problem: 'check-digit' };
  return { valid: true, normalized: value };
}

/** For screens and logs: 1101**********123X style, never the whole number. */
export function maskIdNumber(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
