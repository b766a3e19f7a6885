import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { languageFromBrowser } from '../i18n/languages';
import { useSettingsStore } from '../shared/settings-store';
import { ScreenErrorBoundary } from './error-boundary';
import { AppRoutes } from './routes';

// The service worker is registered once home is on screen and the browser is idle: workbox-window
// is not on the first page's critical path, and installing the offline copy does not compete with
// home's own requests on a weak network.
const UpdatePrompt = lazy(() => import('./pwa/update-prompt').then((m) => ({ default: m.UpdatePrompt })));

function UpdatePromptWhenIdle() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 500);
    return () => clearTimeout(timer);
  }, []);
  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
}

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
      <UpdatePromptWhenIdle />
      <ScreenErrorBoundary resetKey={location}>
        <Suspense fallback={<Loading />}>
          <AppRoutes />
        </Suspense>
      </ScreenErrorBoundary>
    </>
  );
}
