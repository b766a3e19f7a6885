import { act, configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CertifyFlow } from '../../../../src/features/certify/components/certify-flow';
import { CertifyScreen } from '../../../../src/features/certify/components/certify-screen';
import { BackendError } from '../../../../src/adapters/backend/backend-error';
import { useDueDateStore } from '../../../../src/features/due-date';
import { renderWithApp } from '../../../support/render-with-app';
import { testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';
import { describeCertificationPaths } from '../support/certification-paths';

// Uploads and polls go through the real outbox and IndexedDB: allow for a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

// The face check has its own tests; here it asks for its actions as the real one does, and passes when asked.
vi.mock('../../../../src/features/liveness/components/liveness-flow', async () => ({
  LivenessFlow: (await import('../../../support/fakes/liveness-flow-stub')).LivenessFlowStub,
}));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  URL.createObjectURL ??= () => 'blob:test';
  URL.revokeObjectURL ??= () => {};
});

async function fillPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('姓名'), testPerson.name);
  await user.type(screen.getByLabelText('身份证号码'), testPerson.idNumber);
  await user.click(screen.getByRole('button', { name: '下一步' }));
}

// Whole flows through the real outbox: generous budgets for a busy 2-core CI machine.
describe('certify flow', { timeout: 20_000 }, () => {
  it('goes from who → face check with the session’s challenges → an explicit 提交 → 已提交 → 已通过, live', async () => {
    const cert = createFakeCertification();
    const startSession = vi.spyOn(cert.fake.backend, 'startSession');
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" />, { services: { certification: cert.certification } });

    await fillPerson(user);
    // The session starts when the face check asks for its actions, for the tier it measured.
    await waitFor(() =>
      expect(startSession).toHaveBeenCalledWith({ name: testPerson.name, idNumber: testPerson.idNumber }, { tier: 'standard', route: 'live', signal: expect.any(AbortSignal) }),
    );
    expect(await screen.findByText('face check: certify blink nonce-1')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'pass the face check' }));

    expect(await screen.findByRole('heading', { level: 1, name: '核对照片' })).toBeVisible();
    expect(screen.getByRole('img', { name: '刚才拍到的照片' })).toBeVisible();
    // Nothing leaves the phone until the person presses 提交.
    expect(cert.fake.uploadCalls).toEqual([]);
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByRole('heading', { name: /已提交|审核中/ })).toBeVisible();
    expect(cert.fake.uploadCalls).toHaveLength(1);
    act(() => cert.fake.setStatus({ state: 'in-review' }));
    expect(await screen.findByRole('heading', { name: '审核中' })).toBeVisible();
    act(() => cert.fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T10:00:00.000Z', nextDueDate: '2027-01-15' }));
    expect(await screen.findByRole('heading', { name: '已通过' })).toBeVisible();
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === '下次认证：大约在2027年1月15日之前。')).toBeVisible();
    expect(screen.getByText(/以社保经办机构的记录为准/)).toBeVisible();
    cert.outbox.stop();
  });

  it('offline: says 已保存，联网后自动提交 and submits by itself when the network returns', async () => {
    const cert = createFakeCertification({ online: false });
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" person={testPerson} />, { services: { certification: cert.certification } });
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));

    expect(await screen.findByRole('heading', { name: '已保存，联网后自动提交' })).toBeVisible();
    expect(cert.fake.uploadCalls).toEqual([]);
    act(() => cert.net.set(true));
    expect(await screen.findByRole('heading', { name: /已提交/ })).toBeVisible();
    expect(cert.fake.submissions.size).toBe(1);
    cert.outbox.stop();
  });

  it('a redo request shows the reason in plain words and 重新认证 starts a fresh session', async () => {
    const cert = createFakeCertification();
    const startSession = vi.spyOn(cert.fake.backend, 'startSession');
    cert.fake.setStatus({ state: 'redo-requested', reasonCode: 'too-dark', decidedAt: '2026-01-15T10:00:00.000Z' });
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" person={testPerson} />, { services: { certification: cert.certification } });
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));

    expect(await screen.findByRole('heading', { name: '请重新认证' })).toBeVisible();
    expect(screen.getByText('原因：光线太暗。请面向窗户或开灯，再做一次。')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '重新认证' }));
    await waitFor(() => expect(startSession).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('button', { name: 'pass the face check' })).toBeVisible();
    cert.outbox.stop();
  });

  it('finding 1: a video the server cannot read says so in plain words, once, and 重新认证 starts the face check again', async () => {
    const cert = createFakeCertification();
    const startSession = vi.spyOn(cert.fake.backend, 'startSession');
    cert.fake.failNextUpload(new BackendError('http-4xx', 'The video cannot be read', { status: 422, serverCode: 'unreadable-video' }));
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" person={testPerson} />, { services: { certification: cert.certification } });
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));

    expect(await screen.findByRole('heading', { name: '没有提交成功' })).toBeVisible();
    expect(screen.getByText('手机录下的视频坏了，社保系统打不开。')).toBeVisible();
    expect(screen.getByText('这不是您的错。请点“重新认证”，再做一次刷脸认证，手机会重新拍照和录像，只要几分钟。')).toBeVisible();
    expect(screen.queryByRole('button', { name: '现在就试着提交' })).toBeNull();
    expect(cert.fake.uploadCalls).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '重新认证' }));
    await waitFor(() => expect(startSession).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('button', { name: 'pass the face check' })).toBeVisible();
    expect(cert.fake.uploadCalls).toHaveLength(1);
    cert.outbox.stop();
  });

  it('a rejection says so with the reason and offers 再试一次', async () => {
    const cert = createFakeCertification();
    cert.fake.setStatus({ state: 'rejected', reasonCode: 'not-the-person', reasonText: '请本人来', decidedAt: '2026-01-15T10:00:00.000Z' });
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" person={testPerson} />, { services: { certification: cert.certification } });
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: '未通过' })).toBeVisible();
    expect(screen.getByText('原因：审核人员认为不是本人。')).toBeVisible();
    expect(screen.getByText('工作人员留言：请本人来')).toBeVisible();
    expect(screen.getByRole('button', { name: '再试一次' })).toBeVisible();
    cert.outbox.stop();
  });

  it('no network when starting: a plain message and 再试一次; a refused ID number goes back to the form', async () => {
    const cert = createFakeCertification();
    const startSession = vi
      .spyOn(cert.fake.backend, 'startSession')
      .mockRejectedValueOnce(new BackendError('network', 'offline'))
      .mockRejectedValueOnce(new BackendError('http-4xx', 'bad id', { status: 400, serverCode: 'invalid-id-number', problem: 'bad-region' }));
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" />, { services: { certification: cert.certification } });
    await fillPerson(user);
    expect(await screen.findByText('没有连上网络。请连上无线网或打开流量，再点“再试一次”。')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(await screen.findByText('前两位数字不对。请对照身份证再看看。')).toBeVisible();
    expect(screen.getByLabelText('姓名')).toHaveValue(testPerson.name);
    expect(startSession).toHaveBeenCalledTimes(2);
    cert.outbox.stop();
  });

  it('says 演示 on every screen when the demo backend drives it', async () => {
    const cert = createFakeCertification({ kind: 'demo' });
    const user = userEvent.setup();
    await renderWithApp(<CertifyFlow exitTo="/" />, { services: { certification: cert.certification } });
    expect(await screen.findByText('演示模式：不会真正提交，也不算认证')).toBeVisible();
    await fillPerson(user);
    await screen.findByRole('button', { name: 'pass the face check' });
    expect(screen.getByText('演示模式：不会真正提交，也不算认证')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'pass the face check' }));
    await screen.findByRole('button', { name: '提交' });
    expect(screen.getByText('演示模式：不会真正提交，也不算认证')).toBeVisible();
    cert.outbox.stop();
  });

  it('in the demo, no text says anything goes to the agency or that anyone was certified, and no due date follows', async () => {
    useDueDateStore.setState({ own: null });
    const cert = createFakeCertification({ kind: 'demo' });
    const user = userEvent.setup();
    await renderWithApp(<CertifyScreen />, { path: '/certify', services: { certification: cert.certification } });
    expect(await screen.findByText('演示：这些信息只留在这部手机上，不发给任何人。')).toBeVisible();
    expect(screen.queryByText(/只发给社保经办机构/)).toBeNull();
    await fillPerson(user);
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    expect(await screen.findByText('演示：点“提交”后什么都不会发出去。手机只是假装审核，照片和视频随后删除。')).toBeVisible();
    expect(screen.queryByText(/发给社保经办机构审核/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '提交' }));

    act(() => cert.fake.setStatus({ state: 'received' }));
    expect(await screen.findByRole('heading', { name: '已提交（演示，不算认证）' })).toBeVisible();
    expect(screen.getByText(/演示：假装社保经办机构收到了。其实什么都没有发出去/)).toBeVisible();
    act(() => cert.fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T10:00:00.000Z', nextDueDate: '2027-01-15' }));
    expect(await screen.findByRole('heading', { name: '已通过（演示，不算认证）' })).toBeVisible();
    expect(screen.getByText(/这不是认证：您的养老金资格认证，还要在社保的官方渠道做/)).toBeVisible();
    expect(screen.queryByText(/这次认证已经通过|下次认证|以社保经办机构的记录为准/)).toBeNull();
    // The demo certified nobody: home's reminder does not start counting from it.
    expect(useDueDateStore.getState().own).toBeNull();
    cert.outbox.stop();
  });
});

describe('/certify', () => {
  describeCertificationPaths({
    mount: async (cert) => {
      await renderWithApp(<CertifyScreen />, { path: '/certify', services: { certification: cert.certification } });
    },
    startPerson: fillPerson,
    expectIdRefused: async () => {
      const field = await screen.findByLabelText('身份证号码');
      expect(field).toHaveAccessibleDescription(expect.stringContaining('前两位数字不对。请对照身份证再看看。'));
      expect(screen.getByLabelText('姓名')).toHaveValue(testPerson.name);
    },
  });
});
