import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewSession } from '../session/review-session';
import { ErrorMessage } from './error-message';
import { ReviewPage } from './review-page';

export function LoginScreen() {
  const { t } = useTranslation('review');
  const { signIn, notice, checkError } = useReviewSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ kind: 'missing' } | { kind: 'error'; error: unknown } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setProblem({ kind: 'missing' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      // Keep the username; clear only the password that did not work.
      setPassword('');
      setProblem({ kind: 'error', error });
      setBusy(false);
    }
  }

  return (
    <ReviewPage title={t('login.title')}>
      <p>{t('login.intro')}</p>
      {notice === 'expired' && <p className="rv-notice">{t('login.expired')}</p>}
      {notice === 'signed-out' && <p className="rv-notice">{t('login.signedOut')}</p>}
      {checkError !== null && problem === null && <ErrorMessage error={checkError} />}
      <form className="rv-form rv-login" onSubmit={(event) => void submit(event)} noValidate>
        <label className="rv-field">
          <span>{t('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={problem?.kind === 'missing' && username.trim() === ''}
          />
        </label>
        <label className="rv-field">
          <span>{t('login.password')}</span>
          <input
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={problem !== null && password === ''}
          />
        </label>
        <label className="rv-check">
          <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
          <span>{t('login.showPassword')}</span>
        </label>
        {problem?.kind === 'missing' && (
          <p className="rv-error" role="alert">
            <span aria-hidden="true" className="rv-icon">
              ⚠
            </span>
            {t('login.missing')}
          </p>
        )}
        {problem?.kind === 'error' && <ErrorMessage error={problem.error} />}
        <button type="submit" className="rv-btn rv-btn-primary" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </ReviewPage>
  );
}
