import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PracticeScreen } from '../../../../src/features/practice/components/practice-screen';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { parseRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';
import { createFakeFaceCheck, installFakeVideoElement } from '../../liveness/components/face-check-fakes';

let restoreVideo: () => void = () => undefined;
beforeAll(() => {
  restoreVideo = installFakeVideoElement();
});
afterAll(() => restoreVideo());
beforeEach(() => useRegionStore.setState({ regionCode: null }));

const agency = {
  name: '测试市社会保险事业管理中心',
  website: 'https://si.example.gov.cn',
  phone: '0000-12345678',
  verify: '在官网“网上办事”里能找到本服务',
};

/** A whole practice run on a real blink trace, to the success screen; returns its 下一步 section. */
async function practiseToSuccess(config: Record<string, unknown>) {
  const fake = createFakeFaceCheck('real-01-blink-webcam-man');
  const user = userEvent.setup();
  await renderWithApp(<PracticeScreen />, {
    path: '/practice',
    services: { faceCheck: fake.services, config: parseRuntimeConfig({ ...config, practice: { challenges: ['blink'] } }) },
  });
  await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
  await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
  // The check is running (it records once the actions are issued, after positioning).
  await waitFor(() => expect(fake.recorders).toHaveLength(1));
  await act(() => fake.play(13_500));
  expect(await screen.findByRole('heading', { name: /练习做完了/ })).toBeInTheDocument();
  return screen.getByRole('region', { name: '下一步：正式认证' });
}

describe('practice success: the next step to the real certification', { timeout: 30_000 }, () => {
  it('names the official channel of the region chosen in the guide, with the guide as the one main action', async () => {
    useRegionStore.setState({ regionCode: '44' });
    const next = await practiseToSuccess({});
    expect(next).toHaveTextContent('练好了，就去广东的“粤省事”里正式认证。认证不收费。');
    expect(within(next).getByRole('link', { name: '一步一步教我正式认证' })).toHaveAttribute('href', '/guide');
    // One main action: practising again is the other choice now.
    expect(screen.getByRole('button', { name: '再练一次' })).toHaveClass('btn-secondary');
  });

  it('with no region chosen yet, asks for the province first', async () => {
    const next = await practiseToSuccess({});
    expect(next).toHaveTextContent('先选您的省份');
    expect(within(next).getByRole('link', { name: '选择您的省份' })).toHaveAttribute('href', '/region');
  });

  it('where the deployment certifies in the app (an agency in config.json), that path', async () => {
    useRegionStore.setState({ regionCode: '44' });
    const next = await practiseToSuccess({ backend: { kind: 'http' }, agency });
    expect(next).toHaveTextContent(`在这个应用里刷脸，交给“${agency.name}”审核`);
    expect(within(next).getByRole('link', { name: '现在正式认证' })).toHaveAttribute('href', '/certify');
  });
});
