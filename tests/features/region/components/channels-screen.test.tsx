import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChannelsScreen } from '../../../../src/features/region/components/channels-screen';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { renderWithApp } from '../../../support/render-with-app';

describe('ChannelsScreen', () => {
  beforeEach(() => useRegionStore.setState({ regionCode: null }));

  it('puts the next step first, then the region’s own channels with how to get them and plain advice, then the national ones', async () => {
    useRegionStore.setState({ regionCode: '44' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    expect(await screen.findByText('您选的地区：广东省')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: '最方便的办法' });
    expect(next).toHaveTextContent('在广东，最方便的是用“粤省事（微信小程序）”刷脸认证。');
    expect(within(next).getByRole('link', { name: '一步一步教我认证' })).toHaveAttribute('href', '/guide');
    // The next step comes before any channel card in the page.
    const firstCard = screen.getAllByRole('article')[0];
    expect(next.compareDocumentPosition(firstCard as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const regional = screen.getByRole('region', { name: '广东自己的渠道' });
    const card = within(regional).getByRole('article', { name: '粤省事（微信小程序）' });
    expect(card.querySelector('details')).toHaveAttribute('open');
    expect(card).toHaveTextContent('打开微信，在最上面的搜索框输入“粤省事”');
    expect(card).toHaveTextContent('养老资格认证');
    expect(card).toHaveTextContent('官方通知里写了这个办法，可以放心用。');
    expect(card).not.toHaveTextContent('secondary_source_url');
    // Sources are small text links, the government page first, then the earlier repost, each saying what it is.
    const links = within(card).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      expect.stringMatching(/^政府网站：hrss\.gd\.gov\.cn/),
      expect.stringMatching(/^较早的转载网页（不是官方的，可能有广告）：/),
    ]);
    for (const link of links) {
      expect(link).not.toHaveClass('btn');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    }
    expect(card).toHaveTextContent('，2022-09-30');

    // Only a repost names 粤智助: the card says so in plain words, with what to do.
    const weak = within(regional).getByRole('article', { name: /粤智助/ });
    expect(weak).toHaveTextContent('这条资料不太可靠，可能已经过时。用之前先打 12333 问清楚。');
    const tianjinLike = within(regional).getByRole('article', { name: '广东人社 APP' });
    expect(tianjinLike).toHaveTextContent('官方通知里写过这个办法，但通知不是最新的');

    const nationalSection = screen.getByRole('region', { name: '全国都能用的渠道' });
    expect(within(nationalSection).getByRole('article', { name: '掌上12333' })).toBeInTheDocument();
    const hotline = within(nationalSection).getByRole('article', { name: '12333 电话' });
    expect(hotline).toHaveTextContent('这条没有官方说明，不确定就打 12333。');
    expect(screen.getAllByRole('link', { name: '一步一步教我认证' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: '常见问题' })).toHaveAttribute('href', '/faq');
    expect(screen.getByRole('link', { name: '防骗提醒' })).toHaveAttribute('href', '/scam');
  }, 20_000);

  it('says honestly when a region has no sourced channel and shows only the national ones', async () => {
    useRegionStore.setState({ regionCode: '65' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    const regional = await screen.findByRole('region', { name: '新疆自己的渠道' });
    expect(within(regional).queryAllByRole('article')).toHaveLength(0);
    expect(regional).toHaveTextContent('我们没有找到新疆自己的认证渠道的可靠资料，所以不乱推荐');
    expect(regional).toHaveTextContent('不确定时请拨打 12333 或问社区');
    expect(screen.getByRole('region', { name: '最方便的办法' })).toHaveTextContent('用全国通用的“掌上12333”APP');
    const nationalSection = screen.getByRole('region', { name: '全国都能用的渠道' });
    expect(within(nationalSection).getAllByRole('article').length).toBeGreaterThanOrEqual(5);
  }, 20_000);

  it('shows Shanghai’s and Guizhou’s own channels from the new research', async () => {
    useRegionStore.setState({ regionCode: '31' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    expect(await screen.findByRole('article', { name: '“随申办市民云”（APP、微信/支付宝小程序）' })).toHaveTextContent(
      '必须是要认证的本人刷脸',
    );
    useRegionStore.setState({ regionCode: '52' });
    expect(await screen.findByRole('article', { name: '“贵州人社”（微信小程序）' })).toHaveTextContent('官方通知里写过这个办法');
  }, 20_000);

  it('shows an unknown date and a missing address in words', async () => {
    useRegionStore.setState({ regionCode: '15' });
    await renderWithApp(<ChannelsScreen />, { path: '/channels' });
    const card = await screen.findByRole('article', { name: /内蒙古社会保险事业服务中心/ });
    expect(card).toHaveTextContent('来源网址缺失');
    expect(within(card).queryByRole('link')).toBeNull();

    useRegionStore.setState({ regionCode: '13' });
    const undated = await screen.findByRole('article', { name: '智能身份验证 APP' });
    expect(undated).toHaveTextContent('，不详');
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
    expect(card).toHaveTextContent('An official notice names this way');
    expect(within(card).getAllByRole('link')[0]).toHaveTextContent('Government website: hrss.gd.gov.cn');
    expect(card).toHaveTextContent(', 2022-09-30');
  }, 20_000);
});
