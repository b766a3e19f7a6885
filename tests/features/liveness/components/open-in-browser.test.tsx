import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenInBrowser } from '../../../../src/features/liveness/components/open-in-browser';
import { ProblemStep } from '../../../../src/features/liveness/components/problem-step';
import { renderWithApp } from '../../../support/render-with-app';

const weChat = 'Mozilla/5.0 (Linux; Android 12; V2134A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.37.2380(0x2800253D) WeChat/arm64';

function pretendUserAgent(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
}

afterEach(() => vi.restoreAllMocks());

describe('OpenInBrowser', () => {
  it('inside an app (WeChat): the ⋯ menu steps and their picture', async () => {
    await renderWithApp(<OpenInBrowser browser="wechat" />);
    expect(await screen.findByText('您现在是在微信里打开的，这里可能用不了摄像头。')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /右上角三个点的菜单/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /复制/ })).not.toBeInTheDocument();
  });

  it('in a browser of its own (UC): copy the address into another browser', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    // After setup(): user-event puts its own clipboard in place.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await renderWithApp(<OpenInBrowser browser="uc" />);
    await user.click(await screen.findByRole('button', { name: /复制/ }));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByRole('status')).toBeInTheDocument();
  });
});

describe('ProblemStep in an in-app browser', () => {
  it('where the camera was refused in WeChat: how to leave WeChat, and filming with the camera app as the main action', async () => {
    pretendUserAgent(weChat);
    const onRecorded = vi.fn();
    const user = userEvent.setup();
    await renderWithApp(
      <ProblemStep title="练习刷脸" backTo="/" problem={{ kind: 'error', code: 'permission-denied' }} attempts={1} onRetry={vi.fn()} onRecorded={onRecorded} />,
    );
    expect(await screen.findByText('在手机自带的浏览器里打开试试')).toBeInTheDocument();
    const record = screen.getByRole('button', { name: '用手机相机录一段视频' });
    expect(record).toHaveClass('btn-primary');
    expect(screen.getByRole('button', { name: '再试一次' })).toHaveClass('btn-secondary');
    await user.click(record);
    expect(onRecorded).toHaveBeenCalledTimes(1);
  });

  it('a network problem is not the in-app browser’s fault: no way-out notice, trying again stays the main action', async () => {
    pretendUserAgent(weChat);
    await renderWithApp(<ProblemStep title="练习刷脸" backTo="/" problem={{ kind: 'error', code: 'download-failed' }} attempts={1} onRetry={vi.fn()} />);
    expect(await screen.findByRole('button', { name: '再试一次' })).toHaveClass('btn-primary');
    expect(screen.queryByText('在手机自带的浏览器里打开试试')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '用手机相机录一段视频' })).not.toBeInTheDocument();
  });
});
