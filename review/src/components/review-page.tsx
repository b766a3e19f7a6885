import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One page of the console: its title in the tab, one h1 that takes focus when the page opens. */
export function ReviewPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('review');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);

  useEffect(() => {
    // Screen-reader and keyboard users land on the new page's heading, not on a stale link.
    headingRef.current?.focus();
  }, []);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}

export function LoadingMessage() {
  const { t } = useTranslation('review');
  return (
    <p className="rv-loading" role="status">
      {t('loading')}
    </p>
  );
}
