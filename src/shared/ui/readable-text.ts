/**
 * The words of a screen as read aloud: what the person sees, in order, without what is only there
 * for the eye or for reference. Left out:
 * - anything aria-hidden (arrows like › and ‹, icons, the step blocks), hidden or not displayed;
 * - the inside of a closed show-more (its summary is read);
 * - parts marked data-read-aloud="skip": "第 2 步 / 共 6 步", lists of sources and their addresses;
 * - text only for screen readers (.visually-hidden), which the eye does not see either;
 * - symbol glyphs (✓, ▶, ★ …); arrows between menu names ("办事→社保") become a pause.
 */
export const skipReadAloud = { 'data-read-aloud': 'skip' } as const;

const blockTags = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'SECTION', 'ARTICLE', 'DETAILS', 'SUMMARY', 'DT', 'DD', 'DL', 'NAV', 'HEADER', 'FOOTER', 'MAIN', 'FORM', 'FIELDSET', 'LEGEND', 'LABEL', 'TABLE', 'TR']);

function isSkipped(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.getAttribute('data-read-aloud') === 'skip') return true;
  if (element.classList.contains('visually-hidden') || (element as HTMLElement).hidden) return true;
  if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|svg)$/i.test(element.tagName)) return true;
  // Where the browser lays the page out, it knows what is shown (display: none, visibility: hidden).
  if (typeof element.checkVisibility === 'function' && element.isConnected && !element.checkVisibility({ visibilityProperty: true })) {
    return getComputedStyle(element).display !== 'contents';
  }
  return false;
}

function collect(node: Node, parts: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    parts.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  if (isSkipped(element)) return;
  const block = blockTags.has(element.tagName);
  if (block) parts.push('\n');
  if (element.tagName === 'DETAILS' && !(element as HTMLDetailsElement).open) {
    const summary = Array.from(element.children).find((child) => child.tagName === 'SUMMARY');
    if (summary) collect(summary, parts);
  } else {
    for (const child of Array.from(element.childNodes)) collect(child, parts);
  }
  if (block) parts.push('\n');
}

/** Symbols and arrows a voice would read out by name ("右箭头") or stumble over. */
const arrows = /\s*[→←⇒⟶➔➜]\s*/gu;
const glyphs = /[\p{So}\u2039\u203a\u00ab\u00bb\u25b6\u25bc\u25c0\u25b2\u2022]/gu;

export function readableText(...roots: (Element | null)[]): string {
  const parts: string[] = [];
  for (const root of roots) if (root) collect(root, parts);
  return parts
    .join('')
    .replace(arrows, '，')
    .replace(glyphs, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && /[\p{L}\p{N}]/u.test(line))
    .join('\n');
}
