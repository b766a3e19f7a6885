import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticeScreen } from '../../../../src/features/practice/components/practice-screen';
import { defaultRuntimeConfig, parseRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';
import { createFakeFaceCheck, installFakeVideoElement } from '../../liveness/components/face-check-fakes';

let restoreVideo: () => void = () => undefined;
beforeAll(() => {
  restoreVideo = installFakeVideoElement();
});
afterAll(() => restoreVideo());

describe('PracticeScreen (/practice)', () => {
  it('says plainly that practice certifies nothing and uploads nothing', async () => {
    const fake = createFakeFaceCheck();
    await renderWithApp(<PracticeScreen />, { path: '/practice', services: { faceCheck: fake.services } });
    expect(await screen.findByRole('heading', { level: 1, name: '练习刷脸' })).toBeInTheDocument();
    expect(screen.getByText(/这只是练习，不算认证，也不会上传任何东西/)).toBeInTheDocument();
  });

  it('提前准备 downloads the face check ahead of time and says when it is ready', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderWithApp(<PracticeScreen />, { path: '/practice', services: { faceCheck: fake.services } });
    await user.click(await screen.findByRole('button', { name: '提前下载刷脸功能' }));
    expect(await screen.findByText('已下载好，以后没有网络也能用。')).toBeInTheDocument();
  });

  it('uses the action list from the runtime config when one is set', async () => {
    const fake = createFakeFaceCheck('real-03-head-turn-woman-hijab');
    const user = userEvent.setup();
    const config = parseRuntimeConfig({ practice: { challenges: ['turn-right', 'turn-left'] } });
    await renderWithApp(<PracticeScreen />, { path: '/practice', services: { faceCheck: fake.services, config } });
    await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
    await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
    // The check is running (it records once the actions are issued, after positioning).
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    await act(() => fake.play(1500));
    expect(await screen.findByText('第 1 个动作 / 共 2 个')).toBeInTheDocument();
    expect(screen.getByText('请慢慢向右转头，再转回来')).toBeInTheDocument();
  });

  it('rejects an unknown action in config.json and falls back to random actions', () => {
    expect(parseRuntimeConfig({ practice: { challenges: ['wink'] } })).toEqual(defaultRuntimeConfig);
    expect(defaultRuntimeConfig.practice.challenges).toBeUndefined();
  });
});
