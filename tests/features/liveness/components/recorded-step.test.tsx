import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../../../src/adapters/backend/evidence';
import type { SpeechService } from '../../../../src/shared/speech';
import { LivenessFlow } from '../../../../src/features/liveness/components/liveness-flow';
import type { ChallengeKind } from '../../../../src/features/liveness/model/challenge';
import type { ChallengeRequest, IssueChallenges } from '../../../../src/features/liveness/model/challenge-issue';
import { renderWithApp } from '../../../support/render-with-app';
import { createFakeFaceCheck, installFakeVideoElement } from './face-check-fakes';

let restoreVideo: () => void = () => undefined;
beforeAll(() => {
  restoreVideo = installFakeVideoElement();
});
afterAll(() => restoreVideo());

const issuedAt = Date.parse('2026-12-05T08:00:00Z');

async function renderFlow(fake: ReturnType<typeof createFakeFaceCheck>, challenges: ChallengeKind[], mode: 'practice' | 'certify' = 'practice') {
  const requests: ChallengeRequest[] = [];
  const issueChallenges: IssueChallenges = (request) => {
    requests.push(request);
    return Promise.resolve({ challenges, challengeId: 'c-1', nonce: 'n-1', spokenCode: '0427', issuedAtEpochMs: issuedAt });
  };
  const spoken: string[] = [];
  const speech: SpeechService = {
    speak: (text) => {
      spoken.push(text);
      return Promise.resolve('speaking');
    },
    cancel: () => undefined,
    isSpeaking: () => false,
  };
  const onPassed = vi.fn<(evidence: Evidence) => void>();
  await renderWithApp(<LivenessFlow mode={mode} issueChallenges={issueChallenges} onPassed={onPassed} onExit={vi.fn()} />, {
    services: { faceCheck: fake.services, speech },
  });
  return { requests, spoken, onPassed };
}

async function toRecordedRoute(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
  await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
  await user.click(await screen.findByRole('button', { name: '用手机相机录一段视频' }));
  await user.click(await screen.findByRole('button', { name: '开始' }));
}

const video = () => new File([new Uint8Array(2048)], 'VID_0001.webm', { type: 'video/webm' });

describe('the recorded route', () => {
  it('where the phone has no camera for pages: issues the actions and the code only when filming starts, checks the file, and practice passes', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['camera']);
    const user = userEvent.setup();
    const { requests, spoken } = await renderFlow(fake, ['mouth-open']);
    await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
    await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
    expect(await screen.findByRole('heading', { name: '这个浏览器做不了刷脸' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '用手机相机录一段视频' }));
    expect(await screen.findByRole('heading', { name: '用手机相机录一段视频' })).toBeInTheDocument();
    // Nothing issued yet: the actions and the code come with the next tap.
    expect(requests).toEqual([]);
    await user.click(screen.getByRole('button', { name: '开始' }));
    expect(await screen.findByRole('heading', { name: '请记住，然后开始录像' })).toBeInTheDocument();
    expect(requests).toEqual([{ tier: 'slow', analysedFps: 0, route: 'recorded' }]);
    expect(screen.getByTestId('spoken-code')).toHaveTextContent('0427');
    expect(screen.getByTestId('recorded-actions')).toHaveTextContent('请张张嘴');
    await waitFor(() => expect(spoken.join(' ')).toContain('0 4 2 7'));
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.accept).toBe('video/*');
    expect(input?.getAttribute('capture')).toBe('user');
    await user.upload(input as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: /练习做完了/ })).toBeInTheDocument();
    // The same detector as the live check, loaded for the file; the camera was never opened.
    expect(fake.detector.loaded).toBe(true);
    expect(fake.camera.openedWith).toEqual([]);
  });

  it('certify: the evidence carries the route, the code and the issue time, and goes to the certification', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['camera']);
    const user = userEvent.setup();
    const { onPassed } = await renderFlow(fake, ['mouth-open'], 'certify');
    await toRecordedRoute(user);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    await waitFor(() => expect(onPassed).toHaveBeenCalledTimes(1));
    const evidence = onPassed.mock.calls[0]?.[0];
    expect(evidence?.metadata).toMatchObject({
      route: 'recorded',
      challengeId: 'c-1',
      nonce: 'n-1',
      recording: { spokenCode: '0427', issuedAt: new Date(issuedAt).toISOString(), fileCreatedAt: null },
      frameRate: { tier: 'slow' },
    });
    expect(evidence?.metadata.actions.map((action) => action.kind)).toEqual(['mouth-open']);
    expect(evidence?.video.size).toBe(2048);
  });

  it('refuses a video whose file says it was made before the actions were issued, without checking it', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['camera']);
    fake.setRecordingCreatedAt(new Date(issuedAt - 60 * 60_000));
    const user = userEvent.setup();
    await renderFlow(fake, ['mouth-open']);
    await toRecordedRoute(user);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: '这段视频是以前录的' })).toBeInTheDocument();
    expect(fake.detector.detectCalls).toBe(0);
    await user.click(screen.getByRole('button', { name: '再录一次' }));
    expect(screen.getByTestId('spoken-code')).toHaveTextContent('0427');
  });

  it('a video without the actions asked for is not accepted, and says what was seen', async () => {
    const fake = createFakeFaceCheck('real-01-blink-webcam-man');
    fake.setMissing(['camera']);
    const user = userEvent.setup();
    const { onPassed } = await renderFlow(fake, ['turn-left'], 'certify');
    await toRecordedRoute(user);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: '视频里没有看全这些动作' })).toBeInTheDocument();
    expect(onPassed).not.toHaveBeenCalled();
  });

  it('is not offered where the phone could not check a video either (no WebGL)', async () => {
    const fake = createFakeFaceCheck();
    fake.setMissing(['webGl']);
    const user = userEvent.setup();
    await renderFlow(fake, ['mouth-open']);
    await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
    await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
    expect(await screen.findByRole('heading', { name: '这个浏览器做不了刷脸' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '用手机相机录一段视频' })).not.toBeInTheDocument();
  });
});
