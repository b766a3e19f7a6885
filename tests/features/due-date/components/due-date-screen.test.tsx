import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DueDateScreen } from '../../../../src/features/due-date/components/due-date-screen';
import { DueReminderBanner } from '../../../../src/features/due-date/components/due-reminder-banner';
import { DueDateLink, DueReminderSlot } from '../../../../src/features/due-date/components/due-reminder-slot';
import { useDueDateStore } from '../../../../src/features/due-date/due-date-store';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { renderWithApp } from '../../../support/render-with-app';

/** jsdom's Blob has no text(). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function setToday(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${iso}T10:00:00`));
}

describe('due date screen and reminder banner', () => {
  let created: Blob[] = [];

  beforeEach(() => {
    created = [];
    useDueDateStore.setState({ own: null });
    useRegionStore.setState({ regionCode: null });
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('works out the next date from the last certification, with the Henan rule when chosen', async () => {
    setToday('2026-03-01');
    const user = userEvent.setup();
    await renderWithApp(<DueDateScreen />, { path: '/due' });
    await user.click(await screen.findByRole('button', { name: '算一算，记下来' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先选上次认证的日期');

    fireEvent.change(screen.getByLabelText('上次认证是哪一天？'), { target: { value: '2025-05-20' } });
    const province = screen.getByRole('group', { name: '养老金在哪个省领？' });
    expect(within(province).getByText('还没有选：按全国的一般规定算。')).toBeInTheDocument();
    await user.click(within(province).getByRole('button', { name: '选择省份' }));
    await user.type(within(province).getByLabelText('输入省名、城市名或拼音，找一找'), '豫');
    await user.click(within(province).getByRole('button', { name: '河南省' }));
    expect(within(province).getByText('河南省')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '算一算，记下来' }));

    expect(await screen.findByText('下次请在 2026年5月20日 前认证')).toBeInTheDocument();
    expect(screen.getByText(/河南：每365天认证一次/)).toBeInTheDocument();
    expect(useDueDateStore.getState().own).toMatchObject({ lastCertifiedOn: '2025-05-20', provinceCode: '41', source: 'entered' });
  });

  it('asks for any province with the guide\'s search, prefilled with the region chosen in the guide', async () => {
    setToday('2026-03-01');
    useRegionStore.setState({ regionCode: '44' });
    const user = userEvent.setup();
    await renderWithApp(<DueDateScreen />, { path: '/due' });
    const province = await screen.findByRole('group', { name: '养老金在哪个省领？' });
    // 广东 has no rule of its own (the old list offered only six provinces); it is the guide's choice.
    expect(within(province).getByText('广东省')).toBeInTheDocument();
    await user.click(within(province).getByRole('button', { name: '换一个省份' }));
    await user.type(within(province).getByLabelText('输入省名、城市名或拼音，找一找'), '浙');
    // Enter in the search does not send the form.
    await user.keyboard('{Enter}');
    expect(useDueDateStore.getState().own).toBeNull();
    await user.click(within(province).getByRole('button', { name: '浙江省' }));
    fireEvent.change(screen.getByLabelText('上次认证是哪一天？'), { target: { value: '2025-05-20' } });
    await user.click(screen.getByRole('button', { name: '算一算，记下来' }));
    expect(useDueDateStore.getState().own).toMatchObject({ provinceCode: '33' });
  });

  it('refuses a last certification date in the future', async () => {
    setToday('2026-03-01');
    const user = userEvent.setup();
    await renderWithApp(<DueDateScreen />, { path: '/due' });
    fireEvent.change(await screen.findByLabelText('上次认证是哪一天？'), { target: { value: '2026-04-01' } });
    await user.click(screen.getByRole('button', { name: '算一算，记下来' }));
    expect(screen.getByRole('alert')).toHaveTextContent('这个日期还没到');
    expect(useDueDateStore.getState().own).toBeNull();
  });

  it('says nothing on home before month 10, and reminds from month 10 with a calendar file', async () => {
    useDueDateStore.setState({
      own: { lastCertifiedOn: '2025-01-10', provinceCode: null, benefitType: null, source: 'entered' },
    });
    setToday('2025-11-09');
    const quiet = await renderWithApp(<DueReminderBanner />);
    expect(screen.queryByRole('region', { name: '认证提醒' })).not.toBeInTheDocument();
    quiet.unmount();

    setToday('2025-11-10');
    const user = userEvent.setup();
    await renderWithApp(<DueReminderBanner />);
    const banner = await screen.findByRole('region', { name: '认证提醒' });
    expect(banner).toHaveTextContent('养老金认证快到期了，请在 2026年1月10日 前完成');
    await user.click(screen.getByRole('button', { name: '加入日历' }));
    expect(created).toHaveLength(1);
    const ics = await readText(created[0]!);
    expect(ics).toContain('DTSTART;VALUE=DATE:20251211');
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:养老金资格认证：请在2026年1月10日前完成');
    // The page cannot know the file arrived: it never says so, and gives the date to write down.
    expect(screen.getByRole('status')).toHaveTextContent('如果手机下载了提醒文件，请点开它');
    expect(screen.getByRole('status')).toHaveTextContent('2026年1月10日前认证');
    expect(screen.queryByText(/已下载/)).toBeNull();
  });

  it('in WeChat, which blocks downloads, offers the plain date to write down instead of a calendar file', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (Linux; Android 12; V2134A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5075 MMWEBSDK/20230504 MicroMessenger/8.0.37.2380(0x28002537) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    );
    useDueDateStore.setState({
      own: { lastCertifiedOn: '2025-01-10', provinceCode: null, benefitType: null, source: 'entered' },
    });
    setToday('2025-11-10');
    await renderWithApp(<DueReminderBanner />);
    const banner = await screen.findByRole('region', { name: '认证提醒' });
    expect(screen.queryByRole('button', { name: '加入日历' })).toBeNull();
    expect(banner).toHaveTextContent('在微信里不能把提醒加进手机日历。请把日子记在纸上或挂历上：2026年1月10日前认证');
    expect(created).toHaveLength(0);
  });

  it('offers to enter a date when none is known, and home loads no reminder then', async () => {
    await renderWithApp(
      <>
        <DueReminderSlot />
        <DueDateLink />
      </>,
    );
    expect(await screen.findByRole('link', { name: '我该什么时候认证？' })).toHaveAttribute('href', '/due');
    expect(screen.queryByRole('region', { name: '认证提醒' })).toBeNull();
  });

  it("home's slot loads the reminder where a date is saved, also one saved during this visit", async () => {
    setToday('2025-11-10');
    await renderWithApp(
      <>
        <DueReminderSlot />
        <DueDateLink />
      </>,
    );
    expect(screen.queryByRole('region', { name: '认证提醒' })).toBeNull();
    act(() =>
      useDueDateStore.setState({
        own: { lastCertifiedOn: '2025-01-10', provinceCode: null, benefitType: null, source: 'entered' },
      }),
    );
    expect(await screen.findByRole('region', { name: '认证提醒' })).toHaveTextContent('请在 2026年1月10日 前完成');
    expect(screen.queryByRole('link', { name: '我该什么时候认证？' })).toBeNull();
  });
});
