/**
 * Measures, inside the page, whether text can be read the way it is laid out — the class of bug
 * the numbers in elderly-metrics.ts cannot see: a help panel squeezed into columns of 1–4
 * characters, a 12333 button that became a vertical strip. Pure data out; elderly-friendly.ts
 * asserts on it.
 *
 * - Narrow text: a text that wraps onto several lines in a column (its nearest block box) that
 *   holds fewer than `minCharsPerLine` of its characters (6: narrower than that, a sentence cannot
 *   be read). The column, not the text's own lines: a bold name that starts at the end of a line
 *   and wraps is fine in a wide paragraph.
 * - Wrapped buttons: a button (or button-like link) whose words are spread over more lines than
 *   there are words, or whose line break cuts a word in two ("看看不用刷脸的办 / 法"). Words as the browser's own word breaker sees them
 *   (Intl.Segmenter: "确定删除" is 确定 + 删除, so two lines at most; "拨打 12333" two).
 *
 * Runs in the browser (page.evaluate): nothing from outside its own body.
 */

export type NarrowText = { what: string; lines: number; columnChars: number };
export type WrappedButton = { what: string; lines: number; words: number; brokenWord?: string };

export type LayoutMetrics = {
  narrowTexts: NarrowText[];
  wrappedButtons: WrappedButton[];
  /** How many text nodes and buttons were looked at (a page with none measured nothing). */
  counted: { texts: number; buttons: number };
};

export function measureLayout(minCharsPerLine: number): LayoutMetrics {
  function describe(element: Element): string {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const cls = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
    return `<${element.tagName.toLowerCase()}${cls}> "${text}"`;
  }

  /** Text a person reads: shown, not decoration for screen readers only or hidden from them. */
  function isReadText(node: Text): boolean {
    const element = node.parentElement;
    if (!element || !node.textContent?.trim()) return false;
    if (element.closest('svg, script, style, noscript, template, [aria-hidden="true"], .visually-hidden')) return false;
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
      return false;
    }
    return true;
  }

  /** Line boxes of some text: its client rects grouped by their vertical middle. */
  function lineBoxes(nodes: readonly Text[]): { width: number }[] {
    const lines: { middle: number; height: number; left: number; right: number }[] = [];
    for (const node of nodes) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 1 || rect.height < 1) continue;
        const middle = rect.top + rect.height / 2;
        const line = lines.find((l) => Math.abs(l.middle - middle) < Math.min(l.height, rect.height) / 2);
        if (line) {
          line.left = Math.min(line.left, rect.left);
          line.right = Math.max(line.right, rect.right);
        } else {
          lines.push({ middle, height: rect.height, left: rect.left, right: rect.right });
        }
      }
    }
    return lines.map((l) => ({ width: l.right - l.left }));
  }

  /** The content width of the box the text flows in: its nearest ancestor that is not inline. */
  function columnWidth(element: Element): number {
    for (let box: Element | null = element; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.display.startsWith('inline') || style.display === 'contents') continue;
      return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    }
    return document.documentElement.clientWidth;
  }

  /** Characters without spaces (each CJK character, letter or digit counts one). */
  function charCount(text: string): number {
    return Array.from(text.replace(/\s+/g, '')).length;
  }

  const segmenter =
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(document.documentElement.lang || 'zh-CN', { granularity: 'word' }) : null;

  function wordCount(text: string): number {
    if (!segmenter) return text.split(/\s+/).filter(Boolean).length;
    return Array.from(segmenter.segment(text)).filter((segment) => segment.isWordLike).length;
  }

  /** A word a line break cuts in two ("办" / "法"), or null: each character's line, against the word boundaries. */
  function wordBrokenAcrossLines(nodes: readonly Text[]): string | null {
    if (!segmenter) return null;
    for (const node of nodes) {
      const text = node.textContent ?? '';
      const range = document.createRange();
      let previousTop: number | null = null;
      const breaks: number[] = [];
      for (let i = 0; i < text.length; i += 1) {
        if (/\s/.test(text[i] ?? '')) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.height < 1) continue;
        if (previousTop !== null && rect.top - previousTop > rect.height / 2) breaks.push(i);
        previousTop = rect.top;
      }
      for (const segment of segmenter.segment(text)) {
        if (!segment.isWordLike) continue;
        const end = segment.index + segment.segment.length;
        if (breaks.some((at) => at > segment.index && at < end)) return segment.segment;
      }
    }
    return null;
  }

  const narrowTexts: NarrowText[] = [];
  let texts = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!isReadText(node)) continue;
    const lines = lineBoxes([node]);
    if (lines.length === 0) continue;
    texts += 1;
    if (lines.length < 2) continue;
    const chars = charCount(node.textContent ?? '');
    const totalWidth = lines.reduce((sum, line) => sum + line.width, 0);
    // The column, in characters of this text's own average width (CJK ≈ 1 em, Latin ≈ 0.5 em).
    const columnChars = Math.round((columnWidth(node.parentElement as Element) / (totalWidth / chars)) * 10) / 10;
    if (columnChars < minCharsPerLine) {
      narrowTexts.push({ what: describe(node.parentElement as Element), lines: lines.length, columnChars });
    }
  }

  const wrappedButtons: WrappedButton[] = [];
  let buttons = 0;
  const buttonSelector = 'button, [role="button"], .btn, input[type="submit"], input[type="button"]';
  for (const button of Array.from(document.querySelectorAll(buttonSelector))) {
    if (typeof button.checkVisibility === 'function' && !button.checkVisibility({ visibilityProperty: true })) continue;
    const nodes: Text[] = [];
    const inner = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    for (let node = inner.nextNode() as Text | null; node; node = inner.nextNode() as Text | null) {
      if (isReadText(node)) nodes.push(node);
    }
    if (nodes.length === 0) continue;
    buttons += 1;
    const words = nodes.reduce((sum, node) => sum + wordCount(node.textContent ?? ''), 0);
    const lines = lineBoxes(nodes).length;
    const brokenWord = lines > 1 ? wordBrokenAcrossLines(nodes) : null;
    if (lines > words || brokenWord) wrappedButtons.push({ what: describe(button), lines, words, ...(brokenWord ? { brokenWord } : {}) });
  }

  return { narrowTexts, wrappedButtons, counted: { texts, buttons } };
}
