import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { preloadHome } from './app/routes';
import { captureInstallPrompt } from './features/install/effects/install-prompt';
import { AppServicesProvider, createServices } from './app/services';
import { outboxMayHaveEntries } from './adapters/storage/outbox-presence';
import { useSettingsStore } from './shared/settings-store';
import { createI18n } from './i18n/i18n';
import { languageFromBrowser } from './i18n/languages';
import { loadRuntimeConfig } from './shared/config/runtime-config';
import './styles/global.css';

// Composition root: runtime config → services → i18n → render.
async function start() {
  // Chrome offers installation once, early: keep the offer for the install screen (/install).
  captureInstallPrompt(window);
  const settings = useSettingsStore.getState();
  document.documentElement.dataset.textSize = settings.textSize;
  const language = settings.language ?? languageFromBrowser(navigator.languages ?? [navigator.language]);
  const [config, i18n] = await Promise.all([loadRuntimeConfig(), createI18n(language)]);
  // What home shows only on some phones (a saved due date's reminder), ready before it appears.
  await preloadHome(i18n);
  const services = createServices(config);

  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root');
  createRoot(rootElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppServicesProvider services={services}>
          <App />
        </AppServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );

  // Submissions saved while offline go out by themselves on every launch and whenever the network
  // returns; receipts resume their status polling. Its own chunk, loaded after the first render.
  // Started when the browser is idle after the first paint, so it does not compete with the home
  // screen's own chunks on a slow network; not loaded at all on a device that never kept a
  // submission (the certify and status screens start it themselves when they are used).
  const startOutbox = () =>
    outboxMayHaveEntries()
      .then((mayHave) => (mayHave ? services.certification().then((certification) => certification.outbox.start()) : undefined))
      .catch((error: unknown) => console.warn('the submission outbox could not start', error));
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(startOutbox, { timeout: 3000 });
  else setTimeout(startOutbox, 1000);
}

void start();
