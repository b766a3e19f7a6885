import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { certifyingAppConfig } from './test-server';

/**
 * The states a person meets, not only the first screens: errors, confirmations, help after
 * failures, the kiosk and family screens, the certify form and the status look-up. They come in
 * journeys: from a fresh browser context, the steps a person takes, stopping at each state on the
 * way. screen-states.spec.ts checks every state with the elderly-first numbers, the layout check
 * and axe, looks for its main action where it must be, and saves a screenshot of each
 * (e2e-artifacts/<project>/state-<name>.png).
 *
 * Add a state when a screen gains one. States that need a live camera picture are in
 * practice-states.spec.ts (their own Chromium with a fake camera).
 */
export type AppState = {
  name: string;
  /** The steps a person takes from the previous state (or the journey's route) to this one. */
  reach?: (page: Page) => Promise<void>;
  /** What must be whole in the first screen without scrolling: the screen's main action. */
  firstScreen?: (page: Page) => Locator[];
  /** What must be whole in view where the person is (a confirmation that just opened in place). */
  inView?: (page: Page) => Locator[];
  /** A dialog covers the screen (and rightly the help bar too). */
  modal?: boolean;
};

export type AppJourney = {
  name: string;
  /** Where the journey starts. */
  route: string;
  /** Runtime config for this journey (e.g. short kiosk timers), served in place of /config.json. */
  config?: Record<string, unknown>;
  /** Stored data the journey needs before any page loads (zustand persist keys). */
  storage?: Record<string, unknown>;
  /** The phone refuses the camera (as after tapping 不允许). */
  cameraRefused?: boolean;
  /** The face model loads on the way: give it time. */
  slow?: boolean;
  states: readonly AppState[];
};

const mother = { name: '张桂兰', idNumber: '11010519491231002X' };
const kioskPin = '482915';

async function addElder(page: Page) {
  await page.getByRole('link', { name: '添加一位家人' }).click();
  await page.getByLabel('老人的姓名').fill(mother.name);
  await page.getByLabel('母亲', { exact: true }).check();
  await page.getByLabel('老人的身份证号（18位）').fill(mother.idNumber);
  await page.getByRole('button', { name: '下一步：请老人同意' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `请把手机交给 ${mother.name}` })).toBeVisible();
}

async function setKioskPin(page: Page) {
  await page.getByLabel('新密码（6到8位数字）').fill(kioskPin);
  await page.getByLabel('再输一次新密码').fill(kioskPin);
  await page.getByLabel('服务点名称（印在回执上）').fill('八里庄街道社区服务站');
  await page.getByRole('button', { name: '保存密码并开启' }).click();
  await expect(page.getByRole('button', { name: '开始办理下一位' })).toBeVisible();
}

const primary = (page: Page) => [page.locator('main .btn-primary, main .choice-primary').first()];

export const appJourneys: readonly AppJourney[] = [
  { name: 'home', route: '/', states: [{ name: 'home', firstScreen: primary }] },
  {
    name: 'region',
    route: '/region',
    states: [
      {
        name: 'region-nothing-found',
        reach: async (page) => {
          await page.getByRole('searchbox').fill('qqqq');
          await expect(page.getByText(/没有找到“qqqq”/)).toBeVisible();
        },
      },
      {
        name: 'region-found-by-city',
        reach: async (page) => {
          await page.getByRole('searchbox').fill('广州');
          await expect(page.getByText('广州市属于广东省')).toBeVisible();
        },
      },
      {
        name: 'channels-guangdong',
        reach: async (page) => {
          await page.getByRole('button', { name: /广东省/ }).click();
          await expect(page.getByRole('heading', { level: 1, name: '您可以用的认证方法' })).toBeVisible();
        },
        firstScreen: primary,
      },
    ],
  },
  {
    name: 'channels-none-sourced',
    route: '/channels',
    storage: { region: { regionCode: '65' } },
    states: [{ name: 'channels-xinjiang-none-sourced', firstScreen: primary }],
  },
  {
    name: 'guide',
    route: '/guide/2',
    storage: { region: { regionCode: '31' } },
    states: [
      { name: 'guide-step-2' },
      {
        name: 'scam',
        reach: async (page) => {
          await page.goto('/scam');
        },
      },
    ],
  },
  {
    name: 'certify',
    route: '/certify',
    config: certifyingAppConfig,
    states: [
      { name: 'certify-who' },
      {
        name: 'certify-who-problems',
        reach: async (page) => {
          await page.getByLabel('身份证号码').fill('11010519491231002');
          await page.getByRole('button', { name: '下一步' }).click();
          await expect(page.getByText('请填写姓名。')).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'status',
    route: '/status',
    config: certifyingAppConfig,
    states: [
      { name: 'status-nothing-yet' },
      {
        name: 'status-lookup-problems',
        reach: async (page) => {
          await page.getByLabel('查询码', { exact: true }).fill('12');
          await page.getByRole('button', { name: '查询' }).click();
          await expect(page.getByText(/查询码是 16 位数字/)).toBeVisible();
        },
      },
      {
        name: 'status-lookup-not-found',
        reach: async (page) => {
          await page.getByLabel('查询码', { exact: true }).fill('1234567890123456');
          await page.getByLabel('身份证号最后 4 位').fill('1234');
          await page.getByRole('button', { name: '查询' }).click();
          await expect(page.getByText(/没有查到/)).toBeVisible();
        },
      },
      {
        name: 'status-bad-link',
        reach: async (page) => {
          await page.goto('/status#t=not-a-real-token');
          await expect(page.getByText(/这个链接查不到认证/)).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'family',
    route: '/family',
    states: [
      { name: 'family-empty', firstScreen: primary },
      { name: 'family-hand-over', reach: addElder },
      {
        name: 'family-list',
        reach: async (page) => {
          await page.getByRole('button', { name: `我是 ${mother.name}，我同意` }).click();
          await expect(page.getByRole('article', { name: new RegExp(mother.name) })).toBeVisible();
        },
      },
      {
        name: 'family-delete-confirm',
        reach: async (page) => {
          await page.getByRole('button', { name: `删除 ${mother.name}` }).click();
          await expect(page.getByRole('alert').filter({ hasText: '确定删除' })).toBeVisible();
        },
        inView: (page) => [page.getByRole('button', { name: '确定删除' }), page.getByRole('button', { name: '不删除' })],
      },
    ],
  },
  {
    name: 'kiosk',
    route: '/kiosk',
    // A phone the deployment did not preset as a kiosk: staff are warned first.
    config: certifyingAppConfig,
    states: [
      { name: 'kiosk-staff-warning' },
      {
        name: 'kiosk-pin-setup',
        reach: async (page) => {
          await page.getByRole('button', { name: '我是工作人员，继续设置' }).click();
          await expect(page.getByLabel('新密码（6到8位数字）')).toBeVisible();
        },
      },
      { name: 'kiosk-start', reach: setKioskPin, firstScreen: primary },
      {
        name: 'kiosk-person-problems',
        reach: async (page) => {
          await page.getByRole('button', { name: '开始办理下一位' }).click();
          await page.getByLabel('身份证号码').fill('12345');
          await page.getByRole('button', { name: '下一步', exact: true }).click();
          await expect(page.getByText('请填写姓名。')).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'kiosk-idle',
    route: '/kiosk',
    config: { ...certifyingAppConfig, kiosk: { preset: true, idleSeconds: 1, countdownSeconds: 120 } },
    states: [
      {
        name: 'kiosk-idle-countdown',
        reach: async (page) => {
          await setKioskPin(page);
          await page.getByRole('button', { name: '开始办理下一位' }).click();
          await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 20_000 });
        },
        inView: (page) => [page.getByRole('alertdialog').getByRole('button')],
        modal: true,
      },
    ],
  },
  {
    name: 'practice',
    route: '/practice',
    cameraRefused: true,
    slow: true,
    states: [
      { name: 'practice-intro' },
      {
        name: 'practice-consent',
        reach: async (page) => {
          await page.getByRole('button', { name: '我看好了，下一步' }).click();
          await expect(page.getByRole('button', { name: '我同意，开始刷脸' })).toBeVisible();
        },
      },
      {
        name: 'practice-camera-refused',
        reach: async (page) => {
          await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
          await expect(page.getByText('已经试了 1 次')).toBeVisible({ timeout: 90_000 });
        },
      },
      {
        name: 'practice-help-after-3-tries',
        reach: async (page) => {
          for (const attempt of [2, 3]) {
            await page.getByRole('button', { name: '再试一次' }).click();
            await expect(page.getByText(`已经试了 ${attempt} 次`)).toBeVisible({ timeout: 60_000 });
          }
          await expect(page.getByRole('heading', { name: '需要有人帮您吗？' })).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'due',
    route: '/due',
    // The province is the region chosen in the guide until changed, with the guide's own search.
    storage: { region: { regionCode: '44' } },
    states: [
      { name: 'due' },
      {
        name: 'due-province-search',
        reach: async (page) => {
          const province = page.getByRole('group', { name: '养老金在哪个省领？' });
          await expect(province.getByText('广东省')).toBeVisible();
          await province.getByRole('button', { name: '换一个省份' }).click();
          await province.getByLabel('输入省名、城市名或拼音，找一找').fill('郑州');
          await expect(province.getByRole('button', { name: /河南省/ })).toBeVisible();
        },
        inView: (page) => [page.getByRole('button', { name: /河南省/ })],
      },
    ],
  },
];

/** Puts a journey's stored data and config in place before its first page loads. */
export async function prepareJourney(context: BrowserContext, state: AppJourney): Promise<void> {
  if (state.storage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, JSON.stringify({ state: value, version: 1 }));
      }
    }, state.storage);
  }
  if (state.config) {
    const body = JSON.stringify(state.config);
    await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  if (state.cameraRefused) {
    await context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied by the person', 'NotAllowedError'));
    });
  }
}
