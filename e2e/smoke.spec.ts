import { expect, test } from '@playwright/test';

test('a new visitor sees the home screen in Chinese with its four choices', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '养老金认证助手' })).toBeVisible();
  for (const label of ['开始认证', '练习刷脸', '帮家人认证', '社区工作人员']) {
    await expect(page.getByRole('link', { name: new RegExp(label) })).toBeVisible();
  }
  await page.getByRole('link', { name: /设置/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.getByText('特大').click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'extraLarge');
});
