import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChannelsScreen } from '../../../../src/features/region/components/channels-screen';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { renderWithApp } from '../../../support/render-with-app';

describe('ChannelsScreen', () => {
  beforeEach(() => useRegionStore.setState({ regionCode: null }));

  it('shows the region’s own channels with how to get them, sources and dates, then the national ones', async () => {
    useRegionStore.setState({ regionCode: '44' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    expect(await screen.findByText('您选的地区：广东省')).toBeInTheDocument();
    const regional = screen.getByRole('region', { name: '广东自己的渠道' });
    const card = within(regional).getByRole('article', { name: '粤省事（微信小程序）' });
    expect(card).toHaveTextContent('打开微信，在最上面的搜索框输入“粤省事”');
    expect(card).toHaveTextContent('养老资格认证');
    expect(card).toHaveTextContent('资料日期：2023-05-22');
    expect(within(card).getByRole('link', { name: /资料来源网页/ })).toHaveAttribute('href', expect.stringMatching(/^https?:/));
    // 粤智助 is only weakly sourced: it says so, and where to ask.
    const weak = within(regional).getByRole('article', { name: /粤智助/ });
    expect(weak).toHaveTextContent('资料不太可靠');
    expect(weak).toHaveTextContent('不确定时请拨打 12333 或问社区');

    const nationalSection = screen.getByRole('region', { name: '全国都能用的渠道' });
    expect(within(nationalSection).getByRole('article', { name: '掌上12333' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '一步一步教我认证' })).toHaveAttribute('href', '/guide');
    expect(screen.getByRole('link', { name: '常见问题' })).toHaveAttribute('href', '/faq');
    expect(screen.getByRole('link', { name: '防骗提醒' })).toHaveAttribute('href', '/scam');
  }, 20_000);

  it('says honestly when a region has no sourced channel and shows only the national ones', async () => {
    useRegionStore.setState({ regionCode: '31' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    const regional = await screen.findByRole('region', { name: '上海自己的渠道' });
    expect(within(regional).queryAllByRole('article')).toHaveLength(0);
    expect(regional).toHaveTextContent('我们没有找到上海自己的认证渠道的可靠资料，所以不乱推荐');
    expect(regional).toHaveTextContent('不确定时请拨打 12333 或问社区');
    const nationalSection = screen.getByRole('region', { name: '全国都能用的渠道' });
    expect(within(nationalSection).getAllByRole('article').length).toBeGreaterThanOrEqual(5);
  }, 20_000);

  it('shows an unknown date and a missing address in words', async () => {
    useRegionStore.setState({ regionCode: '15' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    const card = await screen.findByRole('article', { name: /内蒙古社会保险事业服务中心/ });
    expect(card).toHaveTextContent('来源网址缺失');
    expect(within(card).queryByRole('link')).toBeNull();

    useRegionStore.setState({ regionCode: '13' });
    const undated = await screen.findByRole('article', { name: '智能身份验证 APP' });
    expect(undated).toHaveTextContent('资料日期：不详');
  }, 20_000);

  it('explains the usual cycle plainly and keeps the local rule one tap away', async () => {
    useRegionStore.setState({ regionCode: '41' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    const cycle = await screen.findByRole('region', { name: '这里多久认证一次' });
    expect(cycle).toHaveTextContent('一般是 12 个月内认证一次');
    const local = within(cycle).getByText('河南的具体规定').closest('details');
    expect(local).toHaveTextContent('每365天一次');
  }, 20_000);

  it('asks for a region first when none was chosen', async () => {
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    expect(await screen.findByRole('link', { name: '去选地区' })).toHaveAttribute('href', '/region');
  }, 20_000);

  it('shows the channel text in English', async () => {
    useRegionStore.setState({ regionCode: '44' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels', language: 'en' });
    const card = await screen.findByRole('article', { name: 'Yueshengshi (WeChat mini-program)' });
    expect(card).toHaveTextContent('Open WeChat, type "粤省事"');
    expect(card).toHaveTextContent('Source date: 2023-05-22');
  }, 20_000);
});
