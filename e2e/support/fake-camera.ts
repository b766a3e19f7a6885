import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type TestInfo } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

/** The recorded clips live beside the repository (../shared), as in CI. */
export const clipsDir = path.resolve(import.meta.dirname, '../../../shared/testdata/faces/clips');

export function clipPath(clipId: string): string {
  return path.join(clipsDir, `${clipId}.mjpeg`);
}

/**
 * A Chromium whose camera plays a recorded clip (looped, 30 fps). The clip is a process-wide flag,
 * so each clip needs its own browser. `autoAllow: false` leaves the permission prompt to the test
 * (for the "camera denied" help).
 */
export function launchWithFakeCamera(clipId: string, options: { autoAllow?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      ...(options.autoAllow === false ? [] : ['--use-fake-ui-for-media-stream']),
      `--use-file-for-fake-video-capture=${clipPath(clipId)}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/**
 * Pages of a browser the spec launched itself are not Playwright's own fixtures: when a test
 * failed, keep a full-page screenshot of each so the failure can be seen.
 */
export async function attachPagesIfFailed(contexts: readonly BrowserContext[], testInfo: TestInfo): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [contextIndex, context] of contexts.entries()) {
    for (const [pageIndex, page] of context.pages().entries()) {
      const name = `context-${contextIndex}-page-${pageIndex}`;
      const file = testInfo.outputPath(`${name}.png`);
      const taken = await page.screenshot({ path: file, fullPage: true }).then(
        () => true,
        () => false,
      );
      if (taken) await testInfo.attach(name, { path: file, contentType: 'image/png' });
    }
  }
}
