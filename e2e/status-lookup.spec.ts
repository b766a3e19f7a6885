import { expect, test } from '@playwright/test';
import { expectElderlyFriendly, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, useTextSize } from './support/elderly-friendly';
import { startE2eServer, submitThroughApi, type ServerProcess } from './support/test-server';

// The 查询码 look-up on another phone, against the real server: the 16-digit code typed as printed.
let server: ServerProcess;

test.beforeAll(async () => {
  server = await startE2eServer('status-lookup');
});

test.afterAll(async () => {
  await server?.stop();
});

test('a receipt’s 16-digit 查询码, typed in groups of four at 特大 text, opens that submission’s status', async ({ context, page }, testInfo) => {
  const receipt = await submitThroughApi(server.baseUrl, '赵玉珍');
  await useTextSize(context, 'extraLarge');
  await page.goto(`${server.baseUrl}/status`);
  const form = page.getByRole('form', { name: '用查询码查看' });
  await expect(form.getByText('回执上的 16 位数字，4 个一组，空格可打可不打')).toBeVisible();

  // A typo first: one digit short, said in plain words and nothing sent.
  await form.getByLabel('查询码').fill(receipt.shortCode.slice(0, 15));
  // The field cannot show 16 big digits at once: what was typed is shown in the receipt's groups to compare.
  const grouped = receipt.shortCode.replace(/(\d{4})(?=\d)/g, '$1 ');
  await expect(form.getByText(`已输入 15 位：${grouped.slice(0, 18)}`)).toBeVisible();
  await form.getByLabel('身份证号最后 4 位').fill('002x');
  await form.getByRole('button', { name: '查询' }).click();
  await expect(form.getByLabel('查询码')).toHaveAccessibleDescription(/查询码是 16 位数字/);
  await expectElderlyFriendly(page);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'status-lookup-typo');

  await form.getByLabel('查询码').fill(grouped);
  await form.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('region', { name: '您查询的认证' }).getByRole('heading', { name: '已提交' })).toBeVisible();
  await expect(page).toHaveURL(/\/status#t=[A-Za-z0-9_-]{16,}$/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'status-lookup-found');
});
