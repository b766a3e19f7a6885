import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RegionScreen } from '../../../../src/features/region/components/region-screen';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { renderWithApp } from '../../../support/render-with-app';

describe('RegionScreen', () => {
  beforeEach(() => useRegionStore.setState({ regionCode: null }));

  it('lists all 31 regions and narrows them by pinyin initials', async () => {
    const user = userEvent.setup();
    await renderWithApp(<RegionScreen />, { path: '/region' });
    const list = await screen.findByRole('list', { name: '地区名单' });
    expect(list.querySelectorAll('li')).toHaveLength(31);

    await user.type(screen.getByRole('searchbox', { name: '输入省名、城市名或拼音，找一找' }), 'hlj');
    expect(list.querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByRole('button', { name: '黑龙江省' })).toBeInTheDocument();
    expect(screen.getByText('找到的地区：1 个')).toHaveAttribute('role', 'status');
  }, 20_000);

  it('finds the province from a city or a one-character abbreviation, and says which city led there', async () => {
    const user = userEvent.setup();
    await renderWithApp(<RegionScreen />, { path: '/region' });
    const box = await screen.findByRole('searchbox');
    await user.type(box, '粤');
    expect(screen.getByRole('list', { name: '地区名单' }).querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByRole('button', { name: '广东省' })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '深圳');
    // The city list arrives with the screen (its own chunk); the answer follows as soon as it is there.
    expect(await screen.findByRole('button', { name: /^广东省\s?深圳市属于广东省$/ })).toBeInTheDocument();
    expect(screen.getByText('找到的地区：1 个')).toBeInTheDocument();
  }, 20_000);

  it('remembers the picked region and goes on to its channels', async () => {
    const user = userEvent.setup();
    const { location } = await renderWithApp(<RegionScreen />, { path: '/region' });
    await user.type(await screen.findByRole('searchbox'), 'gd');
    await user.click(screen.getByRole('button', { name: '广东省' }));
    expect(useRegionStore.getState().regionCode).toBe('44');
    expect(location.history?.at(-1)).toBe('/channels');
    expect(JSON.parse(localStorage.getItem('region') ?? '{}')).toMatchObject({ state: { regionCode: '44' } });
  }, 20_000);

  it('says so in words when nothing matches, and clearing brings the list back', async () => {
    const user = userEvent.setup();
    await renderWithApp(<RegionScreen />, { path: '/region' });
    await user.type(await screen.findByRole('searchbox'), 'qqqq');
    expect(screen.getByText(/没有找到“qqqq”/)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: '清空' }));
    expect(screen.getByRole('list', { name: '地区名单' }).querySelectorAll('li')).toHaveLength(31);
  }, 20_000);

  it('marks the earlier choice in words, not colour alone', async () => {
    useRegionStore.setState({ regionCode: '31' });
    await renderWithApp(<RegionScreen />, { path: '/region' });
    const chosen = await screen.findByRole('button', { name: /上海市/ });
    expect(chosen).toHaveAttribute('aria-current', 'true');
    expect(chosen).toHaveTextContent('已选');
    expect(screen.getByRole('link', { name: '看上海市的认证方法' })).toHaveAttribute('href', '/channels');
  }, 20_000);
});
