import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { measureElderlyMetrics, type ElderlyMetrics } from './elderly-metrics';

/** Our promises (elderly-design.md), stricter than MIIT 适老化 and WCAG 2.2 AA. */
export const elderlyThresholds = {
  minFontPx: 20,
  minHeadingPx: 28,
  minLineHeight: 1.5,
  minContrast: 7,
  minTargetPx: 60,
  minTargetGapPx: 8,
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
  return m;
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
  await page.screenshot({ path: file, fullPage: true, scale: 'css', animations: 'disabled' });
  return file;
}
