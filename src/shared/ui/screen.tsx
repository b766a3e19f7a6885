import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ReadAloudButton } from './read-aloud-button';
import { readableText } from './readable-text';
import { Icon } from './icons';

type ScreenProps = {
  title: string;
  /** Where the visible back button goes. Omit only on the home screen. */
  backTo?: string;
  children: ReactNode;
  /** The one main action of the screen, shown big at the bottom of the content. */
  footer?: ReactNode;
};

/**
 * Every screen has the same frame: a visible way back, one heading, the content, and the help bar
 * with the read-aloud button and the 12333 hotline in the same place (WCAG 3.2.6 consistent help).
 * The help bar stays at the bottom of the phone's screen while the page scrolls (it goes back into
 * the page while the keyboard is open), so an old person finds both without scrolling.
 */
export function Screen({ title, backTo, children, footer }: ScreenProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);

  return (
    <div className="screen">
      <header className="screen-header">
        {backTo !== undefined && (
          <Link href={backTo} className="btn btn-back">
            <Icon name="back" className="icon" />
            {t('action.back')}
          </Link>
        )}
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
      </header>
      <main ref={mainRef} id="main" className="screen-main">
        {children}
        {footer && <div className="screen-actions">{footer}</div>}
      </main>
      <footer className="screen-footer help-bar">
        <ReadAloudButton getText={() => readableText(headingRef.current, mainRef.current)} />
        {/* The spoken name starts with the visible words (WCAG 2.5.3), then says what 12333 is. */}
        <a className="btn btn-secondary" href="tel:12333">
          <Icon name="phone" className="icon" />
          {t('action.call12333')}
          <span className="visually-hidden">{t('help.hotlineService')}</span>
        </a>
      </footer>
    </div>
  );
}
