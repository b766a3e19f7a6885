import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ReadAloudButton } from './read-aloud-button';
import { Icon } from './icons';

/**
 * What the person sees: innerText leaves out hidden parts (a closed Disclosure, display: none).
 * Environments without layout (tests) fall back to the text content.
 */
function visibleText(element: HTMLElement | null): string {
  if (!element) return '';
  const text = typeof element.innerText === 'string' ? element.innerText : '';
  return text.trim() || (element.textContent ?? '').trim();
}

type ScreenProps = {
  title: string;
  /** Where the visible back button goes. Omit only on the home screen. */
  backTo?: string;
  children: ReactNode;
  /** The one main action of the screen, shown big at the bottom of the content. */
  footer?: ReactNode;
};

/**
 * Every screen has the same frame: a visible way back, one heading, the content, the read-aloud
 * button and the 12333 hotline in the same place (WCAG 3.2.6 consistent help).
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
      <footer className="screen-footer">
        <ReadAloudButton
          getText={() => [visibleText(headingRef.current), visibleText(mainRef.current)].filter(Boolean).join('\n')}
        />
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
