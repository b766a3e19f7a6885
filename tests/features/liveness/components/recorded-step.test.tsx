import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../../../src/adapters/backend/evidence';
import type { SpeechService } from '../../../../src/shared/speech';
import { LivenessFlow } from '../../../../src/features/liveness/components/liveness-flow';
import type { ChallengeKind } from '../../../../src/features/liveness/model/challenge';
import type { ChallengeRequest, IssueChallenges, IssuedChallenges } from '../../../../src/features/liveness/model/challenge-issue';
import { FaceDetectorError } from '../../../../src/adapters/face-detector/face-detector';
import { renderWithApp } from '../../../support/render-with-app';
import { createFakeFaceCheck, installFakeVideoElement } from './face-check-fakes';

let restoreVideo: () => void = () => undefined;
beforeAll(() => {
  restoreVideo = installFakeVideoElement();
});
afterAll(() => restoreVideo());

const issuedAt = Date.parse('2026-12-05T08:00:00Z');

async function renderFlow(
  fake: ReturnType<typeof createFakeFaceCheck>,
  challenges: ChallengeKind[],
  mode: 'practice' | 'certify' = 'practice',
  videoLimits?: IssuedChallenges['videoLimits'],
) {
  const requests: ChallengeRequest[] = [];
  const issueChallenges: IssueChallenges = (request) => {
    requests.push(request);
    return Promise.resolve({ challenges, challengeId: 'c-1', nonce: 'n-1', spokenCode: '0427', issuedAtEpochMs: issuedAt, ...(videoLimits ? { videoLimits } : {}) });
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

  it('practice sends nothing, so its video is never re-encoded (only certify has a size limit)', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['camera']);
    const user = userEvent.setup();
    await renderFlow(fake, ['mouth-open']);
    await toRecordedRoute(user);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: /练习做完了/ })).toBeInTheDocument();
    expect(fake.fitted).toEqual([]);
  });

  it('with no WebGL the recorded route is still offered, says from the start that the phone cannot check it, and practice shows the clip beside the code and the actions, claiming no check', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['webGl']);
    const user = userEvent.setup();
    const { onPassed } = await renderFlow(fake, ['mouth-open', 'turn-left']);
    await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
    await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
    expect(await screen.findByRole('heading', { name: '这个浏览器做不了刷脸' })).toBeInTheDocument();
    expect(screen.getByText(/这部手机没法自己检查视频：练习时您自己回看/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '用手机相机录一段视频' }));
    expect(await screen.findByText(/这部手机没法自己检查视频（浏览器缺少需要的功能）/)).toBeInTheDocument();
    expect(screen.queryByText(/手机会自动检查/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '开始' }));
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: '这部手机没法自己检查视频' })).toBeInTheDocument();
    expect(screen.getByTestId('unchecked-code')).toHaveTextContent('0427');
    expect(screen.getByTestId('unchecked-actions')).toHaveTextContent('请张张嘴');
    expect(screen.getByTestId('unchecked-video')).toHaveAttribute('src');
    expect(screen.queryByText(/练习做完了|通过/)).not.toBeInTheDocument();
    // Nothing tried to run the detector, nothing was re-encoded or handed on.
    expect(fake.detector.loaded).toBe(false);
    expect(fake.fitted).toEqual([]);
    expect(onPassed).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: '交给工作人员看' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '再录一次' }));
    expect(screen.getByTestId('spoken-code')).toHaveTextContent('0427');
  });

  it('certify with no WebGL: a clip made before the session is still refused; a new one goes to staff as not checked on the phone, fitted to the backend\'s limits', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['webGl']);
    fake.setRecordingCreatedAt(new Date(issuedAt - 60 * 60_000));
    const user = userEvent.setup();
    const { onPassed } = await renderFlow(fake, ['mouth-open'], 'certify', { videoMaxBytes: 900_000, videoMaxDurationMs: 60_000 });
    await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
    await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
    await user.click(await screen.findByRole('button', { name: '用手机相机录一段视频' }));
    await user.click(await screen.findByRole('button', { name: '开始' }));
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: '这段视频是以前录的' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '再录一次' }));
    fake.setRecordingCreatedAt(new Date(issuedAt + 60_000));
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: '这部手机没法自己检查视频' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '交给工作人员看' }));
    await waitFor(() => expect(onPassed).toHaveBeenCalledTimes(1));
    const evidence = onPassed.mock.calls[0]?.[0];
    expect(evidence?.metadata).toMatchObject({
      route: 'recorded',
      actions: [],
      recording: { spokenCode: '0427', fileCreatedAt: new Date(issuedAt + 60_000).toISOString(), phoneCheck: 'not-possible' },
      photo: { mimeType: 'image/jpeg', width: 720, height: 960, bytes: 2500 },
      durationMs: 7200,
    });
    expect(evidence?.metadata.frameRate).toBeUndefined();
    expect(fake.fitted).toEqual([{ videoMaxBytes: 900_000, videoMaxDurationMs: 60_000 }]);
    expect(fake.detector.loaded).toBe(false);
  });

  it('where the detector will not start on any rung, the filmed clip is not lost: the phone says it cannot check it', async () => {
    const fake = createFakeFaceCheck('real-02-mouth-open-man');
    fake.setMissing(['camera']);
    fake.detector.loadError = new FaceDetectorError('start-failed', 'no rung started');
    const user = userEvent.setup();
    await renderFlow(fake, ['mouth-open']);
    await toRecordedRoute(user);
    expect(screen.queryByText(/这部手机没法自己检查视频/)).not.toBeInTheDocument();
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, video());
    expect(await screen.findByRole('heading', { name: '这部手机没法自己检查视频' })).toBeInTheDocument();
  });
});
