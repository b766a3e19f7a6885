import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { languageFromBrowser } from '../i18n/languages';
import { useSettingsStore } from '../shared/settings-store';
import { ScreenErrorBoundary } from './error-boundary';
import { AppRoutes } from './routes';
import { UpdatePrompt } from './pwa/update-prompt';

function useApplySettings() {
  const { i18n } = useTranslation();
  const textSize = useSettingsStore((s) => s.textSize);
  const language = useSettingsStore((s) => s.language);

  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);

  useEffect(() => {
    const wanted = language ?? languageFromBrowser(navigator.languages ?? [navigator.language]);
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
    document.documentElement.lang = wanted;
  }, [language, i18n]);
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function App() {
  useApplySettings();
  const [location] = useLocation();
  return (
    <>
      <UpdatePrompt />
      <ScreenErrorBoundary resetKey={location}>
        <Suspense fallback={<Loading />}>
          <AppRoutes />
        </Suspense>
      </ScreenErrorBoundary>
    </>
  );
}
