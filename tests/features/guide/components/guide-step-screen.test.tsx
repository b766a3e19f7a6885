import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { GuideStepScreen } from '../../../../src/features/guide/components/guide-step-screen';
import { useGuideChecklistStore } from '../../../../src/features/guide/guide-checklist-store';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { renderWithApp } from '../../../support/render-with-app';

const stepRoute = <Route path="/guide/:step" component={GuideStepScreen} />;

describe('GuideStepScreen', () => {
  beforeEach(() => {
    useRegionStore.setState({ regionCode: null });
    useGuideChecklistStore.setState({ ticked: {} });
  }, 20_000);

  it('walks forward through all six steps and back again', async () => {
    const user = userEvent.setup();
    const { location } = await renderWithApp(stepRoute, { path: '/guide/1' });
    const titles = ['装好官方软件', '注册和登录', '找到“待遇资格认证”', '刷脸', '提交，等结果', '确认算数了，没成功怎么办'];
    for (const [index, title] of titles.entries()) {
      expect(await screen.findByRole('heading', { level: 1, name: `第 ${index + 1} 步：${title}` })).toBeInTheDocument();
      expect(screen.getByText(`第 ${index + 1} 步 / 共 6 步`)).toBeInTheDocument();
      expect(document.activeElement).toHaveTextContent(`第 ${index + 1} 步：${title}`);
      if (index < titles.length - 1) await user.click(screen.getByRole('link', { name: /^下一步/ }));
    }
    expect(screen.queryByRole('link', { name: /^下一步/ })).toBeNull();
    expect(screen.getByRole('link', { name: '做完了，回到首页' })).toHaveAttribute('href', '/');

    for (let number = 6; number > 1; number -= 1) {
      await user.click(screen.getByRole('link', { name: /上一步/ }));
      expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`^第 ${number - 1} 步`) })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: /回到认证前须知/ })).toHaveAttribute('href', '/guide');
    expect(location.history?.at(-1)).toBe('/guide/1');
  }, 30_000);

  it('remembers ticked checklist items on the device', async () => {
    const user = userEvent.setup();
    const first = await renderWithApp(stepRoute, { path: '/guide/4' });
    const box = await screen.findByRole('checkbox', { name: '帽子、口罩、墨镜都摘了' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    expect(JSON.parse(localStorage.getItem('guide-checklist') ?? '{}')).toMatchObject({
      state: { ticked: { 'steps.face.checks.c2': true } },
    });
    first.unmount();

    // A new visit: the in-memory state is gone and the store rehydrates from what the device kept.
    const kept = localStorage.getItem('guide-checklist') ?? '';
    useGuideChecklistStore.setState({ ticked: {} });
    localStorage.setItem('guide-checklist', kept);
    await useGuideChecklistStore.persist.rehydrate();
    await renderWithApp(stepRoute, { path: '/guide/4' });
    expect(await screen.findByRole('checkbox', { name: '帽子、口罩、墨镜都摘了' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '找了个亮堂的地方' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: '帽子、口罩、墨镜都摘了' }));
    expect(useGuideChecklistStore.getState().ticked).toEqual({});
  }, 20_000);

  it('names the chosen region’s own channel where it helps', async () => {
    useRegionStore.setState({ regionCode: '44' });
    await renderWithApp(stepRoute, { path: '/guide/1' });
    expect(await screen.findByText(/广东可以用“粤省事”/)).toBeInTheDocument();
  }, 20_000);

  it('names only national channels for a region without a sourced channel', async () => {
    useRegionStore.setState({ regionCode: '65' });
    await renderWithApp(stepRoute, { path: '/guide/3' });
    expect(await screen.findByText(/在官方软件里找认证入口/)).toBeInTheDocument();
  }, 20_000);

  it('links the face step to the practice screen and lists the usual movements', async () => {
    await renderWithApp(stepRoute, { path: '/guide/4' });
    expect(await screen.findByRole('link', { name: '去练习刷脸' })).toHaveAttribute('href', '/practice');
    for (const movement of ['眨眼', '张嘴', '转头', '点头']) expect(screen.getByText(new RegExp(`^${movement}`))).toBeInTheDocument();
  }, 20_000);

  it('on the last step explains how to check the record and that the login face scan is not the certification', async () => {
    await renderWithApp(stepRoute, { path: '/guide/6' });
    const counted = await screen.findByRole('region', { name: '先确认：真的认证成功了吗？' });
    expect(counted).toHaveTextContent('认证记录');
    expect(counted).toHaveTextContent('登录时刷的脸不算认证');
    expect(screen.getByText(/以社保经办机构为准/)).toBeInTheDocument();
    const sources = screen.getByText(/资料来源（\d+ 条）/).closest('details');
    expect(sources).not.toBeNull();
    expect(within(sources as HTMLElement).getAllByRole('link').length).toBeGreaterThan(0);
  }, 20_000);

  it('offers a way back to step 1 for a step that does not exist', async () => {
    await renderWithApp(stepRoute, { path: '/guide/9' });
    expect(await screen.findByRole('link', { name: '从第 1 步开始' })).toHaveAttribute('href', '/guide/1');
  }, 20_000);
});
