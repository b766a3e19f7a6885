import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LivenessFlow } from '../../../../src/features/liveness/components/liveness-flow';
import { alreadyIssued } from '../../../../src/features/liveness/model/challenge-issue';
import type { Evidence } from '../../../../src/adapters/backend/evidence';
import { renderWithApp } from '../../../support/render-with-app';
import { createFakeFaceCheck, installFakeVideoElement } from './face-check-fakes';

let restoreVideo: () => void = () => undefined;
beforeAll(() => {
  restoreVideo = installFakeVideoElement();
});
afterAll(() => restoreVideo());

async function renderFlow(fake: ReturnType<typeof createFakeFaceCheck>, mode: 'practice' | 'certify' = 'certify') {
  const onPassed = vi.fn<(evidence: Evidence) => void>();
  const onExit = vi.fn();
  const result = await renderWithApp(
    <LivenessFlow mode={mode} issueChallenges={alreadyIssued({ challenges: ['blink'], challengeId: 'c-1', nonce: 'n-1' })} onPassed={onPassed} onExit={onExit} />,
    { services: { faceCheck: fake.services } },
  );
  return { ...result, onPassed, onExit };
}

async function agreeAndStart(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '我看好了，下一步' }));
  await user.click(await screen.findByRole('button', { name: '我同意，开始刷脸' }));
}

describe('LivenessFlow', () => {
  it('explains, asks for separate consent, and a "no" leads to the offline options', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderFlow(fake);
    expect(await screen.findByText(/刷脸是为了确认是您本人/)).toBeInTheDocument();
    expect(screen.getByText('手机举到和眼睛一样高')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '我看好了，下一步' }));
    expect(screen.getByText('人脸属于敏感个人信息。请您看完下面几条，再决定是否同意。')).toBeInTheDocument();
    expect(screen.getByText('只有您点“提交”后，一张照片和一段短视频才会发给社保经办机构审核。', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '我不同意，看看别的办法' })).toHaveAttribute('href', '/offline-options');
    // Nothing was started before consent: no camera, no model.
    expect(fake.camera.openedWith).toEqual([]);
    expect(fake.detector.loaded).toBe(false);
  });

  it('asks for the camera before the model downloads, and closes it again until the check', async () => {
    const fake = createFakeFaceCheck('real-01-blink-webcam-man');
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    await waitFor(() => expect(fake.detector.loaded).toBe(true));
    // The first opening was only the question: stopped before the download started.
    expect(fake.camera.sessions[0]?.stopped).toBe(true);
    await waitFor(() => expect(fake.camera.sessions).toHaveLength(2));
  });

  it('certify: runs the check on a real trace and hands the evidence straight to the certification (its 核对照片 shows the photo once)', async () => {
    const fake = createFakeFaceCheck('real-01-blink-webcam-man');
    const user = userEvent.setup();
    const { onPassed } = await renderFlow(fake);
    await agreeAndStart(user);
    await screen.findByLabelText('摄像头画面');
    // The check is running (it records once the actions are issued, after positioning).
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    await act(() => fake.play(1500));
    expect(await screen.findByText('请眨眨眼')).toBeInTheDocument();
    expect(screen.getByText('第 1 个动作 / 共 1 个')).toBeInTheDocument();
    await act(() => fake.play(12_000));
    await waitFor(() => expect(onPassed).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('heading', { name: /做完了，请看看照片/ })).not.toBeInTheDocument();
    expect(fake.camera.sessions.at(-1)?.stopped).toBe(true);
    // One success: one sound and buzz.
    expect(fake.cues).toBe(1);
    const evidence = onPassed.mock.calls[0]?.[0];
    expect(evidence?.metadata).toMatchObject({ challengeId: 'c-1', nonce: 'n-1', camera: 'front' });
    expect(evidence?.metadata.actions.map((a) => a.kind)).toEqual(['blink']);
  });

  it('practice: shows the photo and the recording afterwards, on the phone only', async () => {
    const fake = createFakeFaceCheck('real-01-blink-webcam-man');
    const user = userEvent.setup();
    const { onPassed } = await renderFlow(fake, 'practice');
    await agreeAndStart(user);
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    await act(() => fake.play(13_500));
    expect(await screen.findByRole('heading', { name: /练习做完了/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '刚才拍到的您的照片' })).toBeInTheDocument();
    expect(onPassed).not.toHaveBeenCalled();
  });

  it('the helper-camera switch opens the rear camera', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderFlow(fake);
    await user.click(await screen.findByRole('checkbox', { name: '家人帮我拍（用手机背面的摄像头）' }));
    await agreeAndStart(user);
    await waitFor(() => expect(fake.camera.openedWith).toEqual(['rear', 'rear']));
    expect(screen.getByLabelText('摄像头画面')).not.toHaveClass('mirrored');
  });

  it.each([
    ['permission-denied', '没有打开摄像头权限', true],
    ['no-camera', '没有找到摄像头', false],
    ['camera-busy', '摄像头被别的程序占用了', true],
    ['insecure-context', '这个网址不能用摄像头', true],
  ] as const)('camera error %s shows its own help', async (code, heading, canRetry) => {
    const fake = createFakeFaceCheck();
    fake.camera.failWith = code;
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: '再试一次' })).toHaveLength(canRetry ? 1 : 0);
    expect(screen.getByRole('link', { name: '看看不用刷脸的办法' })).toHaveAttribute('href', '/offline-options');
    // Asked before the download: a refused camera costs no 17 MB.
    expect(fake.detector.loadCalls).toBe(0);
    if (code === 'permission-denied') {
      // Only the help for this browser (jsdom: a computer), not every platform's.
      expect(screen.getByText('点地址栏左边的图标 → 摄像头 → 允许。')).toBeInTheDocument();
      expect(screen.queryByText(/^微信里|苹果手机（Safari）|安卓手机/)).not.toBeInTheDocument();
    }
  });

  it.each([
    ['wechat', 'Mozilla/5.0 (Linux; Android 12; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.34', /^微信里/],
    ['ios-safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1', /^苹果手机（Safari）/],
    ['android', 'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', /^安卓手机（Chrome/],
  ])('camera refused in %s: the help for that browser only', async (_name, userAgent, line) => {
    const restore = vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
    const fake = createFakeFaceCheck();
    fake.camera.failWith = 'permission-denied';
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    await screen.findByRole('heading', { name: '没有打开摄像头权限' });
    expect(screen.getAllByText(/→ 允许|→ 相机/)).toHaveLength(1);
    expect(screen.getByText(line)).toBeInTheDocument();
    restore.mockRestore();
  });

  it('a camera unplugged mid-check says so, stops the camera and keeps nothing', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    // The check is running (it records once the actions are issued, after positioning).
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    await act(() => fake.play(1000));
    act(() => fake.camera.sessions.at(-1)?.unplug());
    expect(await screen.findByRole('heading', { name: '摄像头断开了' })).toBeInTheDocument();
    expect(fake.camera.sessions.at(-1)?.stopped).toBe(true);
    expect(fake.recorders[0]?.state).toBe('discarded');
  });

  it('model not downloadable while offline: says so and offers to retry once online', async () => {
    const fake = createFakeFaceCheck();
    const { FaceDetectorError } = await import('../../../../src/adapters/face-detector/face-detector');
    fake.detector.loadError = new FaceDetectorError('offline-not-cached', 'offline');
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    expect(await screen.findByRole('heading', { name: '现在没有网络' })).toBeInTheDocument();
    fake.detector.loadError = null;
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
  });

  it('an old browser is told what is missing, before any camera or download', async () => {
    const fake = createFakeFaceCheck();
    fake.setMissing(['webGl', 'recorder']);
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    expect(await screen.findByRole('heading', { name: '这个浏览器做不了刷脸' })).toBeInTheDocument();
    expect(screen.getByText(/图形（WebGL）、录像/)).toBeInTheDocument();
    expect(fake.camera.openedWith).toEqual([]);
  });

  it('after repeated failures it offers human help before anyone gives up', async () => {
    const fake = createFakeFaceCheck();
    fake.camera.failWith = 'camera-busy';
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    await screen.findByRole('heading', { name: '摄像头被别的程序占用了' });
    expect(screen.queryByRole('heading', { name: '需要有人帮您吗？' })).not.toBeInTheDocument();
    for (let i = 0; i < 2; i += 1) {
      await user.click(screen.getByRole('button', { name: '再试一次' }));
      await screen.findByText(`已经试了 ${i + 2} 次`);
    }
    expect(screen.getByRole('heading', { name: '需要有人帮您吗？' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '拨打 12333 问一问' })).toHaveAttribute('href', 'tel:12333');
    // The way to the channels without a face check is offered once, not in the help and again below it.
    expect(screen.getAllByRole('link', { name: '看看不用刷脸的办法' })).toHaveLength(1);
  });

  it('practice mode shows what the check sees', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderFlow(fake, 'practice');
    await agreeAndStart(user);
    // The check is running (it records once the actions are issued, after positioning).
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    await act(() => fake.play(600));
    expect(await screen.findByRole('heading', { name: '手机看到的' })).toBeInTheDocument();
    expect(screen.getByText('看到您的脸了')).toBeInTheDocument();
  });

  it('warns before an action times out, then says what to do and offers 再试一次', async () => {
    const fake = createFakeFaceCheck('real-08-near-neutral-glasses-man');
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    // The check is running (it records once the actions are issued, after positioning).
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    await act(() => fake.play(17_000));
    expect(await screen.findByText(/时间快到了/)).toBeInTheDocument();
    await act(() => fake.play(8_000));
    expect(await screen.findByRole('heading', { name: '这个动作没有认出来' })).toBeInTheDocument();
    expect(screen.getByText('试试这样：两只眼睛一起闭上，再睁开，像平时眨眼一样')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(screen.queryByRole('heading', { name: '这个动作没有认出来' })).not.toBeInTheDocument();
    expect(screen.getByText('请眨眨眼')).toBeInTheDocument();
  });

  it('starts on the rear camera when the caller says a helper holds the phone', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderWithApp(
      <LivenessFlow mode="certify" initialFacing="rear" issueChallenges={alreadyIssued({ challenges: ['blink'], challengeId: 'c', nonce: 'n' })} onPassed={() => undefined} onExit={() => undefined} />,
      { services: { faceCheck: fake.services } },
    );
    expect(await screen.findByRole('checkbox', { name: '家人帮我拍（用手机背面的摄像头）' })).toBeChecked();
    await agreeAndStart(user);
    await waitFor(() => expect(fake.camera.openedWith).toEqual(['rear', 'rear']));
  });

  it('a detector that keeps breaking mid-check, even after being rebuilt, is explained, freed, and loaded afresh on 再试一次', async () => {
    const fake = createFakeFaceCheck();
    const user = userEvent.setup();
    await renderFlow(fake);
    await agreeAndStart(user);
    // The check is running (it records once the actions are issued, after positioning).
    await waitFor(() => expect(fake.recorders).toHaveLength(1));
    fake.detector.detectError = new Error('the graph broke');
    await act(() => fake.play(1000));
    expect(fake.detector.restartCalls.length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { name: '刷脸功能没能启动' })).toBeInTheDocument();
    expect(fake.detector.disposed).toBe(true);
    expect(fake.recorders[0]?.state).toBe('discarded');
    fake.detector.detectError = null;
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    await waitFor(() => expect(fake.detector.loadCalls).toBe(2));
    await waitFor(() => expect(fake.recorders).toHaveLength(2));
  });
});
