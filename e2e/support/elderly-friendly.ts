import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { measureElderlyMetrics, type ElderlyMetrics } from './elderly-metrics';
import { measureLayout, type LayoutMetrics } from './layout-metrics';

/** Our promises (elderly-design.md), stricter than MIIT 适老化 and WCAG 2.2 AA. */
export const elderlyThresholds = {
  minFontPx: 20,
  minHeadingPx: 28,
  minLineHeight: 1.5,
  minContrast: 7,
  minTargetPx: 60,
  minTargetGapPx: 8,
  /** A text that wraps must fit at least this many characters on its widest line. */
  minCharsPerLine: 6,
} as const;

export type Thresholds = { -readonly [K in keyof typeof elderlyThresholds]: number };

export type TextSize = 'standard' | 'large' | 'extraLarge';

/**
 * Before any page of this context loads, store the text-size setting the way the settings screen
 * does (zustand persist, key "settings"), so the app starts with it.
 */
export async function useTextSize(context: BrowserContext, textSize: TextSize): Promise<void> {
  await useSettings(context, { textSize });
}

/** Like useTextSize, for any stored setting (e.g. `{ language: 'en', textSize: 'extraLarge' }`). */
export async function useSettings(
  context: BrowserContext,
  settings: { textSize?: TextSize; language?: 'zh-CN' | 'zh-TW' | 'en'; readAloudEnabled?: boolean },
): Promise<void> {
  await context.addInitScript((patch) => {
    const key = 'settings';
    let state: Record<string, unknown> = { textSize: 'standard', language: null, readAloudEnabled: true };
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: Record<string, unknown> } | null;
      if (stored?.state) state = stored.state;
    } catch {
      // Not valid JSON: start from the defaults.
    }
    localStorage.setItem(key, JSON.stringify({ state: { ...state, ...patch }, version: 1 }));
  }, settings);
}

/** Opens a route and waits until the screen is really there: its h1, the lazy chunk and the fonts. */
export async function openScreen(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await waitForScreen(page);
}

export async function waitForScreen(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export function measure(page: Page): Promise<ElderlyMetrics> {
  return page.evaluate(measureElderlyMetrics);
}

/**
 * Asserts the elderly-first numbers on the screen as it is now: text size, heading size, line
 * height, contrast, touch target size and spacing, no sideways scrolling, browser text enlargement
 * left on, zoom allowed. Returns the measurements, for reports.
 */
export async function expectElderlyFriendly(page: Page, overrides: Partial<Thresholds> = {}): Promise<ElderlyMetrics> {
  const limits = { ...elderlyThresholds, ...overrides };
  const m = await measure(page);
  const where = page.url();
  expect(m.counted.texts, `${where}: no visible text measured`).toBeGreaterThan(0);
  expect(m.minFontPx?.value ?? Infinity, `${where}: smallest text ${JSON.stringify(m.minFontPx)}`).toBeGreaterThanOrEqual(limits.minFontPx);
  expect(m.minHeadingPx?.value ?? 0, `${where}: h1 ${JSON.stringify(m.minHeadingPx)}`).toBeGreaterThanOrEqual(limits.minHeadingPx);
  expect(m.minLineHeight?.value ?? Infinity, `${where}: line height ${JSON.stringify(m.minLineHeight)}`).toBeGreaterThanOrEqual(limits.minLineHeight);
  expect(m.minContrast?.value ?? Infinity, `${where}: contrast ${JSON.stringify(m.minContrast)}`).toBeGreaterThanOrEqual(limits.minContrast);
  expect(m.minTargetPx?.value ?? Infinity, `${where}: smallest target ${JSON.stringify(m.minTargetPx)}`).toBeGreaterThanOrEqual(limits.minTargetPx);
  expect(m.minTargetGapPx?.value ?? Infinity, `${where}: closest targets ${JSON.stringify(m.minTargetGapPx)}`).toBeGreaterThanOrEqual(limits.minTargetGapPx);
  expect(m.horizontalOverflowPx, `${where}: scrolls sideways`).toBeLessThanOrEqual(0);
  expect(m.textSizeAdjust, `${where}: text-size-adjust must leave WeChat/browser enlargement on`).not.toMatch(/none|^100%$/);
  expect(m.viewport, `${where}: zoom must stay allowed`).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/);
  await expectReadableLayout(page, limits.minCharsPerLine);
  return m;
}

/**
 * What a person sees as laid out: no text squeezed into a column narrower than about 6 characters
 * a line, no button whose words are spread over more lines than it has words. Part of
 * expectElderlyFriendly, so every screen and state that is measured is also looked at this way.
 */
export async function expectReadableLayout(page: Page, minCharsPerLine: number = elderlyThresholds.minCharsPerLine): Promise<LayoutMetrics> {
  const layout = await page.evaluate(measureLayout, minCharsPerLine);
  const where = page.url();
  expect(layout.counted.texts, `${where}: no text looked at`).toBeGreaterThan(0);
  expect(layout.narrowTexts, `${where}: text squeezed narrower than ${minCharsPerLine} characters a line`).toEqual([]);
  expect(layout.wrappedButtons, `${where}: button text wrapped onto more lines than it has words`).toEqual([]);
  return layout;
}

/**
 * The things a screen is about — its main action, the camera preview of the face check — are in
 * the first screen, whole and not covered (by the help bar, a banner), without scrolling.
 */
export async function expectInFirstScreen(page: Page, targets: readonly Locator[]): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectInView(page, targets);
}

/** The targets are whole on screen where the person is now, not covered by anything. */
export async function expectInView(page: Page, targets: readonly Locator[]): Promise<void> {
  for (const target of targets) {
    await expect(target).toBeVisible();
    const seen = await target.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      // The middle, and just inside the top and bottom edges: all must show this element.
      const points = [rect.top + 3, rect.top + rect.height / 2, rect.bottom - 3];
      const hits = points.map((y) => {
        const hit = y >= 0 && y < window.innerHeight ? document.elementFromPoint(x, y) : null;
        return hit !== null && (hit === element || element.contains(hit));
      });
      const first = points.map((y) => document.elementFromPoint(x, Math.max(0, Math.min(window.innerHeight - 1, y))));
      return {
        top: Math.round(rect.top),
        bottom: Math.round(rect.bottom),
        viewportHeight: window.innerHeight,
        whole: hits.every(Boolean),
        coveredBy: first.map((hit) => (hit ? `<${hit.tagName.toLowerCase()}.${String(hit.className).split(' ')[0]}>` : 'nothing')),
      };
    });
    expect(seen.whole, `${page.url()}: ${target.toString()} not whole on screen: ${JSON.stringify(seen)}`).toBe(true);
  }
}

/** axe-core with WCAG 2.0–2.2 A/AA and best-practice rules: zero violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** No sideways scrolling (WCAG 1.4.10 reflow); call after setting a 320 px wide viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const html = document.documentElement;
    return Math.max(html.scrollWidth, document.body.scrollWidth) - html.clientWidth;
  });
  expect(overflow, `${page.url()} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

/** Full-page screenshot to e2e-artifacts/<project>/<name>.png, for people to look at. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const dir = path.join('e2e-artifacts', testInfo.project.name);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
  // CSS-pixel scale: the same picture a person sees, a fraction of the bytes and time of 3× pixels.
  // The help bar sticks to the bottom of the phone's screen; in a picture of the whole page it
  // belongs at the end, where it is, not over the middle.
  await page.screenshot({ path: file, fullPage: true, scale: 'css', animations: 'disabled', style: '.help-bar { position: static !important; }' });
  return file;
}
