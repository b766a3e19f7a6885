import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Language } from '../../../src/i18n/languages';
import { createFetchReviewApi } from '../../../review/src/api/fetch-review-api';
import { createReviewI18n } from '../../../review/src/i18n/review-i18n';
import { ReviewApp } from '../../../review/src/review-app';

/** The console as main.tsx builds it, on a fake fetch and an in-memory location. */
export async function renderConsole(fetchImpl: typeof fetch, options: { path?: string; language?: Language } = {}) {
  const i18n = await createReviewI18n(options.language ?? 'zh-CN');
  const location = memoryLocation({ path: options.path ?? '/', record: true });
  const api = createFetchReviewApi(fetchImpl);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <ReviewApp api={api} />
      </Router>
    </I18nextProvider>,
  );
  return { ...result, location, i18n };
}
