import { expect, test, type Page } from '@playwright/test';
import { useServerAndCamera } from './support/server-and-camera';
import { certifyingAppConfig } from './support/test-server';

/**
 * Helping family members from one phone: two elders added, each with their own consent, each
 * shown with their next due date; one certified on the helper's phone (real face check on the
 * fake camera, real-02 opens the mouth), and the submission is the elder's own.
 */
const clipId = 'real-02-mouth-open-man';

const mother = { name: '张桂兰', idNumber: '11010519491231002X' };
const father = { name: '李福生', idNumber: '440304195506071233' };

const suite = useServerAndCamera('family', { FIXED_CHALLENGES: 'mouth-open' }, clipId);

async function addElder(page: Page, elder: { name: string; idNumber: string }, relation: string) {
  await page.getByRole('link', { name: '添加一位家人' }).click();
  await page.getByLabel('老人的姓名').fill(elder.name);
  await page.getByLabel(relation, { exact: true }).check();
  await page.getByLabel('老人的身份证号（18位）').fill(elder.idNumber);
  await page.getByRole('button', { name: '下一步：请老人同意' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `请把手机交给 ${elder.name}` })).toBeVisible();
  await page.getByRole('button', { name: `我是 ${elder.name}，我同意` }).click();
  await expect(page.getByRole('article', { name: new RegExp(elder.name) })).toBeVisible();
}

test('a family member follows two elders and certifies one of them; the submission is the elder’s', async () => {
  const context = await suite.newContext({
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await context.route('**/config.json', (route) => route.fulfill({ json: certifyingAppConfig }));
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: /帮家人认证/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '帮家人认证' })).toBeVisible();

  await addElder(page, mother, '母亲');
  await addElder(page, father, '父亲');
  const motherCard = page.getByRole('article', { name: `${mother.name}（母亲）` });
  const fatherCard = page.getByRole('article', { name: `${father.name}（父亲）` });
  await expect(motherCard.getByText('身份证 1101**********002X')).toBeVisible();
  await expect(fatherCard.getByText(/算不出下次/)).toBeVisible();

  // Each elder's own cycle: the father's pension is paid in Henan (365 days).
  await fatherCard.getByRole('button', { name: '记录上次认证的日子' }).click();
  await fatherCard.getByLabel('上次认证是哪一天？').fill('2025-12-01');
  // The province with the guide's own search: a city finds its province.
  const province = fatherCard.getByRole('group', { name: '养老金在哪个省领？' });
  await province.getByRole('button', { name: '选择省份' }).click();
  await province.getByLabel('输入省名、城市名或拼音，找一找').fill('郑州');
  await province.getByRole('button', { name: /河南省/ }).click();
  await fatherCard.getByRole('button', { name: '算一算，记下来' }).click();
  await expect(fatherCard.getByText('下次请在 2026年12月1日 前认证')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('family-list.png'), fullPage: true });

  // The phone is handed to the mother for her own face check.
  await motherCard.getByRole('link', { name: `为 ${mother.name} 认证` }).click();
  await page.getByRole('button', { name: `开始为 ${mother.name} 刷脸` }).click();
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  await page.getByRole('button', { name: '提交', exact: true }).click({ timeout: 90_000 });
  await expect(page.getByRole('status').filter({ hasText: /已提交|审核中/ })).toBeVisible({ timeout: 60_000 });

  expect(suite.submissionsInDatabase().map((row) => row.name)).toEqual([mother.name]);

  await page.getByRole('link', { name: '回到家人列表' }).click();
  await expect(page.getByRole('article', { name: `${mother.name}（母亲）` }).getByText(/上次结果：(已提交|审核中)/)).toBeVisible();
});
