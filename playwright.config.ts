import { defineConfig } from '@playwright/test';

/** Debian's Chromium (apt package "chromium"); Playwright's own browser download does not work here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every browser test starts Chromium with: no background traffic on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Specs that drive the camera with recorded clips (see the phone-390-camera project). */
export const cameraSpecs = /\/(liveness|practice|outbox|journey)[^/]*\.spec\.ts$/;

/** Community kiosk and family specs: a 10-inch tablet (the tablet project), with their own camera Chromium. */
export const tabletSpecs = /\/(kiosk|family)[^/]*\.spec\.ts$/;

/**
 * Journeys whose steps do not depend on the phone's width (the review console is a desk tool; the
 * guide, offline and look-up journeys are the same on both phones): walked once, on the 360 px phone,
 * the harder case. The screen-quality checks and the smoke test still run at both widths.
 */
export const onceOnPhone360Specs = /\/(guide-journey|offline|review|status-lookup)\.spec\.ts$/;

export const e2ePort = Number(process.env.E2E_PORT ?? 4180);
export const baseURL = `http://127.0.0.1:${e2ePort}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone-360',
      testIgnore: [cameraSpecs, tabletSpecs],
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: 'phone-390',
      testIgnore: [cameraSpecs, tabletSpecs, onceOnPhone360Specs],
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
    },
    {
      // The face-check specs launch their own Chromium per camera clip (the fake-camera file is
      // process-wide) and run the real model: once, in one viewport, keeps CI time down.
      name: 'phone-390-camera',
      testMatch: cameraSpecs,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
    },
    {
      name: 'tablet',
      testMatch: tabletSpecs,
      use: { viewport: { width: 800, height: 1280 }, hasTouch: true },
    },
  ],
  // The production build, served exactly as `npm start` serves it (service worker included).
  webServer: {
    command: 'tsx server/src/main.ts',
    url: `${baseURL}/config.json`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(e2ePort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATA_DIR: process.env.E2E_DATA_DIR ?? 'test-results/server-data',
      // Several builds can sit side by side (STATIC_DIR=.builds/x); the default is `npm run build`'s dist/.
      STATIC_DIR: process.env.STATIC_DIR ?? 'dist',
    },
  },
});
