import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { createFetchReviewApi } from './api/fetch-review-api';
import { createReviewI18n, initialReviewLanguage } from './i18n/review-i18n';
import { ReviewApp } from './review-app';
import './review.css';

// Composition root of the review console: its own bundle, never loaded by the retirees' app.
async function start() {
  const language = initialReviewLanguage(globalThis.localStorage, navigator.languages ?? [navigator.language]);
  const i18n = await createReviewI18n(language);
  const api = createFetchReviewApi();

  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('review/index.html has no #root');
  createRoot(rootElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Router base="/review">
          <ReviewApp api={api} />
        </Router>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
