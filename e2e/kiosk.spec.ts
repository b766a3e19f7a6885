import jsQR from 'jsqr';
import { expect, test, type Page } from '@playwright/test';
import { useServerAndCamera } from './support/server-and-camera';
import { certifyingAppConfig } from './support/test-server';

/**
 * Community kiosk on a 10-inch tablet, against the real server, with the real face check on
 * Chromium's fake camera. real-02 opens the mouth wide for over a second, twice per loop: easy
 * to catch even at a few frames a second on a loaded 2-core machine (a 0.2 s blink is not), and
 * the server asks only for that. Kiosk timings come from /config.json, served per test through
 * page.route (the first visit is not yet controlled by the service worker, so the route sees it).
 */
const clipId = 'real-02-mouth-open-man';
const pin = '482915';

const first = { name: '王秀英', idNumber: '11010519491231002X' };
const second = { name: '李建国', idNumber: '440304195506071233' };
/** Not used by the other tests against the same server, so the database rows are this test's own. */
const third = { name: '赵德明', idNumber: '320106195203140515' };

const suite = useServerAndCamera('kiosk', { FIXED_CHALLENGES: 'mouth-open' }, clipId);
const submissionsInDatabase = () => suite.submissionsInDatabase();

async function tablet(kiosk: Record<string, number>): Promise<Page> {
  const context = await suite.newContext({
    locale: 'zh-CN',
    viewport: { width: 800, height: 1280 },
    hasTouch: true,
  });
  await context.route('**/config.json', (route) =>
    route.fulfill({ json: { ...certifyingAppConfig, kiosk: { preset: true, ...kiosk } } }),
  );
  return context.newPage();
}

const servicePoint = '八里庄街道社区服务站';

/** A tablet the deployment presets as a kiosk: straight to the PIN and the service point's name. */
async function turnKioskOn(page: Page) {
  await page.goto('/kiosk');
  await expect(page.getByRole('heading', { level: 1, name: '设置工作人员密码' })).toBeVisible();
  await page.getByLabel('新密码（6到8位数字）').fill(pin);
  await page.getByLabel('再输一次新密码').fill(pin);
  await page.getByLabel('服务点名称（印在回执上）').fill(servicePoint);
  await page.getByRole('button', { name: '保存密码并开启' }).click();
  await expect(page.getByRole('button', { name: '开始办理下一位' })).toBeVisible();
}

/** 下一位 (or 返回) asks before it wipes; this answers 清除. */
async function confirmWipe(page: Page) {
  const question = page.getByRole('alertdialog', { name: '办理下一位？' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: '清除，办理下一位' }).click();
}

async function enterPerson(page: Page, person: { name: string; idNumber: string }) {
  await page.getByRole('button', { name: '开始办理下一位' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '请工作人员填写老人信息' })).toBeVisible();
  await page.getByLabel('姓名').fill(person.name);
  await page.getByLabel('身份证号码').fill(person.idNumber);
}

/** Person details → face check (real model, fake camera) → the photo check with 提交 (the app's one flow). */
async function throughFaceCheck(page: Page, person: { name: string; idNumber: string }) {
  await enterPerson(page, person);
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(page.getByText(`请 ${person.name} 看着屏幕`)).toBeVisible();
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  // The photo is looked at once, here, beside 提交.
  await expect(page.getByRole('heading', { level: 1, name: '核对照片' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: '照片清楚，继续' })).toHaveCount(0);
}

/** Reads the receipt's QR code with a real decoder (jsQR) from the pixels the page shows. */
async function decodeReceiptQr(page: Page): Promise<string> {
  const qr = page.getByRole('img', { name: '查看审核结果的二维码' });
  await expect(qr).toBeVisible();
  const pixels = await qr.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context2d = canvas.getContext('2d');
    if (!context2d) throw new Error('no 2d canvas');
    context2d.drawImage(img, 0, 0);
    const data = context2d.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, rgba: Array.from(data.data) };
  });
  const decoded = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height);
  if (!decoded) throw new Error('the receipt QR code does not decode');
  return decoded.data;
}

/** Everything the page keeps anywhere: DOM, both storages, every IndexedDB database, every cache. */
/** The first characters of every stored place (line) that still holds `text`: says where, when a test fails. */
function placesHolding(stored: string, text: string): string[] {
  return stored
    .split('\n')
    .filter((line) => line.includes(text))
    .map((line) => line.slice(0, 120));
}

async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        parts.push(`${key}=${storage.getItem(key) ?? ''}`);
      }
    }
    const blobText = (value: unknown): unknown =>
      value instanceof Blob ? `[blob ${value.size}]` : value;
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        parts.push(`idb:${info.name}/${storeName}=${JSON.stringify(rows, (_key, value: unknown) => blobText(value))}`);
      }
      db.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        parts.push(`cache:${cacheName}:${request.url}`);
        if (!/precache|face-check-assets/.test(cacheName)) {
          const response = await cache.match(request);
          parts.push((await response?.text()) ?? '');
        }
      }
    }
    return parts.join('\n');
  });
}

function expectNothingOf(stored: string, person: { name: string; idNumber: string }, shortCode: string) {
  expect(stored).not.toContain(person.name);
  expect(stored).not.toContain(person.idNumber);
  expect(stored).not.toContain(`${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`);
  expect(stored).not.toContain(shortCode);
}

test('two retirees in a row: each gets a receipt whose QR code opens their status elsewhere, and 下一位 leaves nothing of the first', async () => {
  // Two real face checks on a shared 2-core CI machine.
  test.setTimeout(240_000);
  const page = await tablet({ idleSeconds: 120, countdownSeconds: 30 });
  await turnKioskOn(page);

  // The staff's typing mistakes each get their own plain message.
  // A small x is the capital X it means, at once; the number pad is what opens for the field.
  await enterPerson(page, { name: first.name, idNumber: '11010519491231002x' });
  await expect(page.getByLabel('身份证号码')).toHaveValue('11010519491231002X');
  await expect(page.getByLabel('身份证号码')).toHaveAttribute('inputmode', 'numeric');
  await page.getByLabel('身份证号码').fill('110105194912310021');
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(page.getByText('号码里有一位不对。请对照身份证，一位一位再看看。')).toBeVisible();
  await page.getByRole('link', { name: /返回上一页/ }).click();
  await confirmWipe(page);

  await throughFaceCheck(page, first);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '已提交，请收好回执' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`${first.name}（身份证 1101**********002X）`)).toBeVisible();
  // Printed in groups of four; stored (if it ever were) without the spaces.
  const firstCode = ((await page.getByTestId('receipt-short-code').textContent()) ?? '').replace(/\s/g, '');
  expect(firstCode).toMatch(/^\d{16}$/);
  const firstLink = await decodeReceiptQr(page);
  expect(firstLink).toMatch(new RegExp(`^${suite.server.baseUrl}/status#t=[A-Za-z0-9_-]{16,}$`));
  await page.screenshot({ path: test.info().outputPath('kiosk-receipt.png') });

  // The printed receipt: the QR code and the code, without the kiosk's buttons.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: '打印回执' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('养老金认证助手 · 社区服务点回执')).toBeVisible();
  await expect(page.getByRole('img', { name: '查看审核结果的二维码' })).toBeVisible();
  const nextButtons = page.locator('button', { hasText: /^下一位$/ });
  await expect(nextButtons).toHaveCount(2); // in the page, but not on paper:
  for (const button of await nextButtons.all()) await expect(button).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('kiosk-receipt-print.png') });
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: '下一位' }).last().click();
  await confirmWipe(page);
  await expect(page.getByRole('button', { name: '开始办理下一位' })).toBeVisible();
  // Allow the background purge to settle, then read every place back.
  await expect.poll(async () => (await everythingStored(page)).includes(first.name), { timeout: 15_000 }).toBe(false);
  expectNothingOf(await everythingStored(page), first, firstCode);
  await expect(page.getByText('今天共提交：1 人')).toBeVisible();

  await throughFaceCheck(page, second);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '已提交，请收好回执' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(second.name, { exact: false }).first()).toBeVisible();
  const secondLink = await decodeReceiptQr(page);
  expect(secondLink).not.toBe(firstLink);
  await page.getByRole('button', { name: '下一位' }).last().click();
  await confirmWipe(page);
  await expect(page.getByText('今天共提交：2 人')).toBeVisible();

  const rows = submissionsInDatabase();
  expect(rows.map((row) => row.name).sort()).toEqual([first.name, second.name].sort());

  // The first person opens their receipt's link on their own phone (another browser context).
  const phone = await suite.browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await phone.route('**/config.json', (route) => route.fulfill({ json: certifyingAppConfig }));
  const own = await phone.newPage();
  await own.goto(firstLink);
  const linked = own.getByRole('region', { name: '您查询的认证' });
  await expect(linked.getByRole('heading', { name: /已提交|审核中/ })).toBeVisible({ timeout: 30_000 });
  await phone.close();
});

test('the idle countdown warns, 我还在 keeps the work, and at its end the half-finished person is wiped', async () => {
  const page = await tablet({ idleSeconds: 2, countdownSeconds: 4 });
  await turnKioskOn(page);
  await enterPerson(page, first);

  const dialog = page.getByRole('alertdialog', { name: '还在办理吗？' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toContainText(/\d 秒后，本页的信息会被清除/);
  await dialog.getByRole('button', { name: '我还在' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('姓名')).toHaveValue(first.name);

  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: '开始办理下一位' })).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toBeHidden();
  expectNothingOf(await everythingStored(page), first, 'NO-CODE');
});

test('an upload in flight at 下一位 still arrives at the server, then leaves the tablet', async () => {
  const page = await tablet({ idleSeconds: 120, countdownSeconds: 30 });
  await turnKioskOn(page);
  await throughFaceCheck(page, third);

  // The line stalls: every upload request waits until the test lets it through, so 下一位
  // certainly lands mid-upload.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/uploads/**', async (route) => {
    await gate;
    await route.continue().catch(() => undefined);
  });
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText(/正在把照片和视频发给社保经办机构/).first()).toBeVisible();
  await page.getByRole('region', { name: '社区服务点' }).getByRole('button', { name: '下一位' }).click();
  await expect(page.getByText(/还在上传。现在点“下一位”/)).toBeVisible();
  await confirmWipe(page);
  await expect(page.getByRole('button', { name: '开始办理下一位' })).toBeVisible();
  await expect(page.getByText(third.name)).toHaveCount(0);
  // Not dropped: the outbox still holds it, and the server does not have it yet.
  expect(await everythingStored(page)).toContain(third.name);
  expect(submissionsInDatabase().filter((row) => row.name === third.name)).toEqual([]);

  release();
  await expect
    .poll(() => submissionsInDatabase().filter((row) => row.name === third.name).length, { timeout: 60_000 })
    .toBe(1);
  // Once the server has it, the outbox entry (name, masked ID) goes too. The held-back upload may
  // have been retried meanwhile, so the receipt can arrive one backoff step after the server row.
  await expect
    .poll(async () => placesHolding(await everythingStored(page), third.name), { timeout: 60_000 })
    .toEqual([]);
  await expect(page.getByText('今天共提交：1 人')).toBeVisible();
});
