import { render, type RenderResult } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppServicesProvider, createServices, type AppServices } from '../../src/app/services';
import { createI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { defaultRuntimeConfig } from '../../src/shared/config/runtime-config';

export type RenderOptions = {
  path?: string;
  language?: Language;
  services?: Partial<AppServices>;
};

/** Renders a screen the way the app does: real i18n (real locale files), services, a router. */
export async function renderWithApp(ui: ReactElement, options: RenderOptions = {}) {
  const i18n = await createI18n(options.language ?? 'zh-CN');
  const services: AppServices = { ...createServices(defaultRuntimeConfig), ...options.services };
  const location = memoryLocation({ path: options.path ?? '/', record: true });
  const result: RenderResult = render(
    <I18nextProvider i18n={i18n}>
      <AppServicesProvider services={services}>
        <Router hook={location.hook}>
          <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
        </Router>
      </AppServicesProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n, services, location };
}
