import { expect, test } from '@playwright/test';

test('a new visitor sees the home screen in Chinese with its three choices, and no staff mode', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '养老金认证助手' })).toBeVisible();
  // This deployment names no agency: the guide to the official channels comes first.
  for (const label of ['看看您那里怎么认证', '练习刷脸', '帮家人认证']) {
    await expect(page.getByRole('link', { name: new RegExp(label) })).toBeVisible();
  }
  // Staff mode belongs to staff devices (kiosk.preset), not a retiree's home screen.
  await expect(page.getByRole('link', { name: /社区工作人员/ })).toHaveCount(0);
  await page.getByRole('link', { name: /设置/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.getByText('特大').click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'extraLarge');
});
