import { precheckNoteCodes, type PrecheckNote, type PrecheckNoteCode } from '../../../contract/review-api';
import { formatDateTime, formatSeconds } from './format';

const challengeKinds = ['blink', 'mouth-open', 'turn-left', 'turn-right'] as const;
const metadataFields = ['challengeId', 'appVersion', 'device-userAgent', 'actions'] as const;
/** Frame-rate tiers and evidence routes, as values of the frame-rate and route notes. */
const namedWords = ['standard', 'slow', 'live', 'recorded'] as const;

function isNoteCode(code: string): code is PrecheckNoteCode {
  return (precheckNoteCodes as readonly string[]).includes(code);
}

/**
 * One pre-check note in the reviewer's language: action kinds and record fields by their names,
 * milliseconds also as seconds, numbers grouped. Null for a code this console has no words for (a
 * newer server): the caller shows the English detail then.
 */
/** The console's translate function, for the review namespace. */
export type ReviewTranslate = (key: string, values?: Record<string, string>) => string;

export function precheckNoteText(note: PrecheckNote, t: ReviewTranslate, language: string): string | null {
  const code = note.code;
  if (!isNoteCode(code)) return null;
  const numbers = new Intl.NumberFormat(language);
  const separator = t('precheck.listSeparator');
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(note.values ?? {})) {
    if (Array.isArray(value)) {
      const words = value.map((item) => {
        if ((challengeKinds as readonly string[]).includes(item)) return t(`challenge.${item}`);
        const field = item.replace(/\./g, '-');
        if ((metadataFields as readonly string[]).includes(field)) return t(`precheck.field.${field}`);
        return item;
      });
      values[key] = words.length === 0 ? t('precheck.nothing') : words.join(separator);
    } else if (typeof value === 'number' && (key === 'ms' || key.endsWith('Ms'))) {
      // Both: a video's length reads best in seconds, a too-short blink in milliseconds.
      values[key] = numbers.format(value);
      values[key === 'ms' ? 'seconds' : key.replace(/Ms$/, 'Seconds')] = formatSeconds(value);
    } else if (typeof value === 'number' && key !== 'number' && key !== 'width' && key !== 'height' && !/^declared(Width|Height)$/.test(key)) {
      values[key] = numbers.format(value);
    } else if (typeof value === 'string' && (namedWords as readonly string[]).includes(value)) {
      values[key] = t(`precheck.word.${value}`);
    } else if (key === 'at' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      values[key] = formatDateTime(value, language);
    } else {
      values[key] = String(value);
    }
  }
  return t(`precheck.note.${code}`, values);
}
