import type { ReactNode } from 'react';

type DisclosureProps = {
  /** The question or heading that is always visible; tapping it shows or hides the rest. */
  summary: ReactNode;
  children: ReactNode;
  /** Open at first (for example the question the person came for). */
  defaultOpen?: boolean;
};

/**
 * Show-more for FAQs and "other phones" sections. A native <details>: works with a tap, the
 * keyboard and screen readers (which announce expanded/collapsed). Sighted people see the state as
 * a ▶/▼ shape, never by colour alone.
 */
export function Disclosure({ summary, children, defaultOpen = false }: DisclosureProps) {
  return (
    <details className="disclosure" open={defaultOpen}>
      <summary className="disclosure-summary">
        <span className="disclosure-marker" aria-hidden="true" />
        <span className="disclosure-summary-text">{summary}</span>
      </summary>
      <div className="disclosure-body">{children}</div>
    </details>
  );
}
