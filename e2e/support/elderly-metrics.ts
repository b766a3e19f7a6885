/**
 * Measures, inside the page, the numbers our elderly-first rules promise (see
 * shared/reference/elderly-design.md): smallest text, line height, heading size, smallest touch
 * target and the gap between targets, lowest text contrast, horizontal overflow, and whether the
 * browser's own text enlargement is left on. Pure data out; elderly-friendly.ts asserts on it.
 *
 * The function below runs in the browser (page.evaluate), so it must not use anything from outside
 * its own body.
 */

export type Offender = { value: number; what: string };

export type ElderlyMetrics = {
  /** Smallest computed font size of any visible text, in CSS px. */
  minFontPx: Offender | null;
  /** Smallest h1 font size, in CSS px. */
  minHeadingPx: Offender | null;
  /** Smallest line-height ÷ font-size of visible text ('normal' counts as 1.2). */
  minLineHeight: Offender | null;
  /** Lowest contrast ratio between visible text and its effective background. */
  minContrast: Offender | null;
  /** Smallest side of any touch target (links, buttons, labels of inputs, summaries), CSS px. */
  minTargetPx: Offender | null;
  /** Smallest distance between two touch targets that do not contain each other, CSS px. */
  minTargetGapPx: Offender | null;
  /** How far the page scrolls sideways (0 means no horizontal scrolling). */
  horizontalOverflowPx: number;
  /** Computed text-size-adjust of <html>: must stay 'auto' so WeChat and the browser can enlarge text. */
  textSizeAdjust: string;
  /** The viewport meta content: must allow zooming. */
  viewport: string;
  /** How many text nodes and targets were measured (a page with none measured nothing). */
  counted: { texts: number; targets: number };
};

export function measureElderlyMetrics(): ElderlyMetrics {
  type Rgba = [number, number, number, number];

  function describe(element: Element): string {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const id = element.id ? `#${element.id}` : '';
    const cls = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
    return `<${element.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  }

  function parseColor(value: string): Rgba {
    const match = value.match(/rgba?\(([^)]+)\)/);
    if (!match?.[1]) return [0, 0, 0, 0];
    const parts = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  }

  function over(top: Rgba, bottom: Rgba): Rgba {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    if (alpha === 0) return [0, 0, 0, 0];
    const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
    return [mix(0), mix(1), mix(2), alpha];
  }

  /** The colour behind an element: its own and its ancestors' backgrounds, blended, over white. */
  function effectiveBackground(element: Element | null): Rgba {
    const layers: Rgba[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const color = parseColor(getComputedStyle(node).backgroundColor);
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    let result: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  }

  function luminance([r, g, b]: Rgba): number {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }

  function contrast(a: Rgba, b: Rgba): number {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  function isShown(element: Element): boolean {
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
      return false;
    }
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  }

  function lower(current: Offender | null, value: number, what: string): Offender {
    return current && current.value <= value ? current : { value, what };
  }

  let minFontPx: Offender | null = null;
  let minHeadingPx: Offender | null = null;
  let minLineHeight: Offender | null = null;
  let minContrast: Offender | null = null;
  let texts = 0;

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const element = node.parentElement;
    if (!element || element.closest('svg, script, style, noscript, template')) continue;
    if (!isShown(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    texts += 1;
    const style = getComputedStyle(element);
    const fontPx = parseFloat(style.fontSize);
    minFontPx = lower(minFontPx, fontPx, describe(element));
    // Decorative single glyphs (icons, arrows) are hidden from screen readers and never wrap.
    const decorative = element.closest('[aria-hidden="true"]') !== null;
    if (!decorative) {
      const lineHeight = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / fontPx;
      minLineHeight = lower(minLineHeight, Math.round(lineHeight * 100) / 100, describe(element));
      const fg = parseColor(style.color);
      const bg = effectiveBackground(element);
      const ratio = contrast(over(fg, bg), bg);
      minContrast = lower(minContrast, Math.round(ratio * 100) / 100, `${describe(element)} ${style.color} on rgb(${bg.slice(0, 3).map(Math.round).join(',')})`);
    }
  }
  for (const h1 of Array.from(document.querySelectorAll('h1'))) {
    if (!isShown(h1)) continue;
    minHeadingPx = lower(minHeadingPx, parseFloat(getComputedStyle(h1).fontSize), describe(h1));
  }

  // Touch targets. An input inside a label is operated through the whole label. Links inside a
  // sentence are exempt (WCAG 2.5.8 "inline"), but we have none on purpose.
  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
  const targets = new Set<Element>();
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const target = element.closest('label') ?? element;
    if (!isShown(target)) continue;
    const style = getComputedStyle(target);
    if (style.display === 'inline' && target.parentElement && /^(P|LI|SPAN|DD)$/.test(target.parentElement.tagName)) continue;
    targets.add(target);
  }
  const list = Array.from(targets);
  let minTargetPx: Offender | null = null;
  let minTargetGapPx: Offender | null = null;
  const rects = list.map((element) => element.getBoundingClientRect());
  list.forEach((element, i) => {
    const rect = rects[i];
    if (!rect) return;
    minTargetPx = lower(minTargetPx, Math.round(Math.min(rect.width, rect.height) * 10) / 10, describe(element));
  });
  // A bar that stays on screen (the help bar, position: sticky or fixed) passes over the page as it
  // scrolls: what it covers cannot be tapped there, so targets are compared within their own layer.
  const layerOf = (element: Element): Element | null => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'sticky' || position === 'fixed') return node;
    }
    return null;
  };
  const layers = list.map(layerOf);
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const a = list[i];
      const b = list[j];
      const ra = rects[i];
      const rb = rects[j];
      if (!a || !b || !ra || !rb || a.contains(b) || b.contains(a)) continue;
      if (layers[i] !== layers[j]) continue;
      const dx = Math.max(0, rb.left - ra.right, ra.left - rb.right);
      const dy = Math.max(0, rb.top - ra.bottom, ra.top - rb.bottom);
      const gap = Math.max(dx, dy);
      minTargetGapPx = lower(minTargetGapPx, Math.round(gap * 10) / 10, `${describe(a)} ↔ ${describe(b)}`);
    }
  }

  const html = document.documentElement;
  const htmlStyle = getComputedStyle(html) as CSSStyleDeclaration & { webkitTextSizeAdjust?: string; textSizeAdjust?: string };
  return {
    minFontPx,
    minHeadingPx,
    minLineHeight,
    minContrast,
    minTargetPx,
    minTargetGapPx,
    horizontalOverflowPx: Math.max(0, html.scrollWidth - html.clientWidth, document.body.scrollWidth - html.clientWidth),
    textSizeAdjust: htmlStyle.textSizeAdjust ?? htmlStyle.webkitTextSizeAdjust ?? 'auto',
    viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
    counted: { texts, targets: list.length },
  };
}
