import { Suspense } from 'react';
import type { ReviewApi } from './api/review-api';
import { ReviewShell } from './components/review-shell';
import { ReviewSessionProvider } from './session/review-session';

/** The console, given its API. The caller supplies the i18n provider and the router (base /review). */
export function ReviewApp({ api }: { api: ReviewApi }) {
  return (
    <ReviewSessionProvider api={api}>
      {/* Shown only until the locale file arrives, so it cannot be translated itself. */}
      <Suspense fallback={<p className="rv-loading">…</p>}>
        <ReviewShell />
      </Suspense>
    </ReviewSessionProvider>
  );
}
