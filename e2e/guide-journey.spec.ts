import { expect, test, type Page, type TestInfo } from '@playwright/test';

// A new user's walk through the regional guide on a phone, with a screenshot of every screen visited
// (e2e-artifacts/guide-journey/<project>/) for people to look at.
async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: `e2e-artifacts/guide-journey/${testInfo.project.name}/${name}.png`, fullPage: true });
}

function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

test('a new user picks regions, reads their channels, walks the guide and finds the FAQ and scam shield', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: /看看您那里怎么认证/ }).click();
  await expect(heading(page, '选择您的地区')).toBeVisible();
  await shot(page, testInfo, '01-region');

  // 1. Found by pinyin initials.
  await page.getByRole('searchbox', { name: '输入省名、城市名或拼音，找一找' }).fill('gd');
  await expect(page.getByRole('list', { name: '地区名单' }).getByRole('button')).toHaveCount(1);
  await shot(page, testInfo, '02-region-search-gd');
  await page.getByRole('button', { name: '广东省' }).click();
  await expect(page).toHaveURL(/\/channels$/);
  await expect(page.getByText('您选的地区：广东省')).toBeVisible();
  // Plain advice first; the sources are small links, the official one first.
  const yueshengshi = page.getByRole('article', { name: '粤省事（微信小程序）' });
  await expect(yueshengshi).toContainText('官方通知里写了这个办法，可以放心用。');
  await expect(yueshengshi.getByRole('link').first()).toHaveAccessibleName(/^政府网站/);
  await expect(yueshengshi.getByRole('link').first()).toHaveAttribute('href', /^https:/);
  await shot(page, testInfo, '03-channels-guangdong');

  // 2. A region with no sourced channel of its own, picked from the list.
  await page.getByRole('link', { name: '换一个地区' }).click();
  await page.getByRole('button', { name: '新疆维吾尔自治区' }).click();
  await expect(page.getByText(/我们没有找到新疆.*自己的认证渠道的可靠资料/)).toBeVisible();
  await expect(page.getByRole('article', { name: '掌上12333' })).toBeVisible();
  await shot(page, testInfo, '04-channels-xinjiang');

  // 3. Found by its Chinese name.
  await page.getByRole('link', { name: '换一个地区' }).click();
  await expect(page.getByRole('button', { name: /新疆维吾尔自治区/ })).toContainText('已选');
  await page.getByRole('searchbox').fill('黑龙江');
  await page.getByRole('button', { name: '黑龙江省' }).click();
  await expect(page.getByRole('article', { name: '龙江人社（支付宝小程序）' })).toBeVisible();
  await shot(page, testInfo, '05-channels-heilongjiang');

  await page.getByRole('link', { name: '一步一步教我认证' }).click();
  await expect(heading(page, '认证前，先看一看')).toBeVisible();
  await expect(page.getByRole('link', { name: '看看不用手机的办法' })).toBeVisible();
  await shot(page, testInfo, '06-guide-intro');

  await page.getByRole('link', { name: '开始第 1 步' }).click();
  for (let step = 1; step <= 6; step += 1) {
    await expect(heading(page, new RegExp(`^第 ${step} 步`))).toBeVisible();
    await expect(page.getByText(`第 ${step} 步 / 共 6 步`)).toBeVisible();
    await shot(page, testInfo, `07-guide-step-${step}`);
    if (step < 6) await page.getByRole('link', { name: /^下一步/ }).click();
  }
  await expect(page.getByRole('link', { name: '做完了，回到首页' })).toBeVisible();
  for (let step = 6; step > 1; step -= 1) {
    await page.getByRole('link', { name: /上一步/ }).click();
    await expect(heading(page, new RegExp(`^第 ${step - 1} 步`))).toBeVisible();
  }

  // The region's own channel is named in step 1, and a ticked item survives a reload.
  await expect(page.getByText(/黑龙江可以用“龙江人社”/)).toBeVisible();
  const item = page.getByRole('checkbox', { name: '我知道该用哪个软件了' });
  await item.check();
  await page.reload();
  await expect(heading(page, /^第 1 步/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '我知道该用哪个软件了' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '软件装好了（或者小程序打开了）' })).not.toBeChecked();
  await shot(page, testInfo, '08-guide-step-1-ticked');

  await page.getByRole('link', { name: /回到认证前须知/ }).click();
  await page.getByRole('link', { name: '常见问题' }).click();
  await expect(heading(page, '常见问题')).toBeVisible();
  await page.getByText('忘了认证会怎样？').click();
  await expect(page.getByText(/停发的钱会补发给您/)).toBeVisible();
  await shot(page, testInfo, '09-faq');

  await page.getByRole('link', { name: '防骗提醒' }).click();
  await expect(heading(page, '防骗提醒')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /是谣言/ })).toBeVisible();
  await shot(page, testInfo, '10-scam');

  await page.getByRole('link', { name: /返回上一页/ }).click();
  await page.getByRole('link', { name: '看看不用手机的办法' }).click();
  await expect(heading(page, '不用手机怎么认证')).toBeVisible();
  await shot(page, testInfo, '11-offline-options');
});
