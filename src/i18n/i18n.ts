import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { deviceWordsPostProcessor } from './device-words';
import { defaultLanguage, supportedLanguages, type Language } from './languages';

// Every locale file becomes its own small chunk, loaded when a screen first needs its namespace.
// The service worker precaches all of them, so every language works offline too.
const localeLoaders = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

export async function loadLocale(language: string, namespace: string): Promise<Record<string, unknown>> {
  const loader = localeLoaders[`./locales/${language}/${namespace}.json`];
  if (!loader) throw new Error(`no locale file for ${language}/${namespace}`);
  return (await loader()).default;
}

/**
 * The namespaces every screen uses, and home's: loaded in parallel before the first render, so home
 * never waits for a second round trip. (The due-date reminder's words load with it, only where a
 * date is saved: due-reminder-slot.tsx.)
 */
export const eagerNamespaces = ['common', 'home'] as const;

export async function createI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(deviceWordsPostProcessor)
    .use(resourcesToBackend((lng: string, ns: string) => loadLocale(lng, ns)))
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: [...supportedLanguages],
      ns: [...eagerNamespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      // 平板 instead of 手机 on the community kiosk (device-words.ts).
      postProcess: ['deviceWords'],
      react: { useSuspense: true },
    });
  return instance;
}
