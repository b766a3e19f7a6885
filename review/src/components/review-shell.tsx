import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { isLanguage, supportedLanguages } from '../../../src/i18n/languages';
import { rememberReviewLanguage } from '../i18n/review-i18n';
import { useReviewSession } from '../session/review-session';
import { AuditScreen } from './audit-screen';
import { LoginScreen } from './login-screen';
import { QueueScreen } from './queue-screen';
import { LoadingMessage } from './review-page';
import { SubmissionScreen } from './submission-screen';

export function ReviewShell() {
  const { t, i18n } = useTranslation('review');
  const { reviewer } = useReviewSession();

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  return (
    <div className="rv-app">
      <a className="rv-skip" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="rv-header">
        <p className="rv-brand">{t('appName')}</p>
        {reviewer && <MainNav username={reviewer.username} />}
        <label className="rv-language">
          <span>{t('nav.language')}</span>
          <select
            value={i18n.language}
            onChange={(event) => {
              const language = event.target.value;
              if (!isLanguage(language)) return;
              rememberReviewLanguage(globalThis.localStorage, language);
              void i18n.changeLanguage(language);
            }}
          >
            {supportedLanguages.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" className="rv-main">
        {reviewer === undefined && <LoadingMessage />}
        {reviewer === null && <LoginScreen />}
        {reviewer && (
          <Switch>
            <Route path="/">{() => <QueueScreen />}</Route>
            <Route path="/submissions/:id">{(params) => <SubmissionScreen key={params.id} id={params.id} />}</Route>
            <Route path="/audit">{() => <AuditScreen />}</Route>
            <Route>{() => <QueueScreen />}</Route>
          </Switch>
        )}
      </main>
    </div>
  );
}

function MainNav({ username }: { username: string }) {
  const { t } = useTranslation('review');
  const { signOut } = useReviewSession();
  const [location] = useLocation();
  const onAudit = location.startsWith('/audit');
  return (
    <nav className="rv-nav" aria-label={t('nav.label')}>
      <Link href="/" className="rv-nav-link" aria-current={onAudit ? undefined : 'page'}>
        {t('nav.queue')}
      </Link>
      <Link href="/audit" className="rv-nav-link" aria-current={onAudit ? 'page' : undefined}>
        {t('nav.audit')}
      </Link>
      <span className="rv-who">{t('nav.signedInAs', { username })}</span>
      <button type="button" className="rv-btn rv-btn-secondary" onClick={() => void signOut()}>
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
