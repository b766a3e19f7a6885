export const supportedLanguages = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/**
 * The language for a first visit, from the browser's preferences. Traditional-script locales
 * (Taiwan, Hong Kong, Macau, or an explicit Hant script) get zh-TW; any other Chinese gets zh-CN;
 * English gets en; everything else falls back to zh-CN, the app's reference language.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
    }
    if (lower.startsWith('en')) return 'en';
  }
  return defaultLanguage;
}
