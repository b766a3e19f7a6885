import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, languageFromBrowser, supportedLanguages, type Language } from '../../../src/i18n/languages';

// Only the console's own namespace: the retirees' locale files never enter this bundle.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../../src/i18n/locales/*/review.json');

async function loadReviewLocale(language: string): Promise<Record<string, unknown>> {
  const loader = loaders[`../../../src/i18n/locales/${language}/review.json`];
  if (!loader) throw new Error(`no review locale for ${language}`);
  return (await loader()).default;
}

const languageKey = 'review-console-language';

/** The language chosen in the console before, else the browser's. */
export function initialReviewLanguage(storage: Pick<Storage, 'getItem'> | undefined, preferred: readonly string[]): Language {
  const saved = storage?.getItem(languageKey);
  return isLanguage(saved) ? saved : languageFromBrowser(preferred);
}

export function rememberReviewLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  storage?.setItem(languageKey, language);
}

export async function createReviewI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(resourcesToBackend((lng: string) => loadReviewLocale(lng)))
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: [...supportedLanguages],
      ns: ['review'],
      defaultNS: 'review',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  return instance;
}
