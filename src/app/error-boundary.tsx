import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

type Props = { children: ReactNode; resetKey: string };
type State = { error: Error | null; resetKey: string };

/** A failing screen shows a way forward instead of a blank page; navigating away clears it. */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('screen failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <main className="screen-main" role="alert">
            <h1>{t('error.title')}</h1>
            <p>{t('error.body')}</p>
            <button type="button" className="btn btn-primary btn-block" onClick={() => this.setState({ error: null })}>
              {t('action.retry')}
            </button>
            <a href="/" className="btn btn-secondary btn-block">
              {t('action.home')}
            </a>
          </main>
        )}
      </Translation>
    );
  }
}
