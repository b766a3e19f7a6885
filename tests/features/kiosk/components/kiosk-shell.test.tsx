import { webcrypto, randomBytes } from 'node:crypto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskScreen } from '../../../../src/features/kiosk/components/kiosk-screen';
import { useKioskStore } from '../../../../src/features/kiosk/kiosk-store';
import { hashPin } from '../../../../src/features/kiosk/model/pin';
import { renderWithApp } from '../../../support/render-with-app';
import { describeCertificationPaths } from '../../certify/support/certification-paths';
import { testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';

// The face check has its own tests; here it asks for its actions as the real one does, and passes when asked.
vi.mock('../../../../src/features/liveness/components/liveness-flow', async () => ({ LivenessFlow: (await import('../../../support/fakes/liveness-flow-stub')).LivenessFlowStub }));

const record = await hashPin('482915', {
  subtle: webcrypto.subtle as SubtleCrypto,
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
  iterations: 1_000,
});

async function typePerson(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '开始办理下一位' }));
  await user.type(await screen.findByLabelText('姓名'), testPerson.name);
  await user.type(screen.getByLabelText('身份证号码'), testPerson.idNumber);
  await user.click(screen.getByRole('button', { name: '下一步' }));
}

beforeEach(() => {
  useKioskStore.setState({ pin: record, enabled: true, pinFailures: 0, records: [] });
  globalThis.indexedDB = new IDBFactory();
  URL.createObjectURL ??= () => 'blob:test';
  URL.revokeObjectURL ??= () => {};
});

describe('/kiosk', () => {
  describeCertificationPaths({
    mount: async (cert) => {
      await renderWithApp(<KioskScreen />, { path: '/kiosk', services: { certification: cert.certification } });
    },
    startPerson: typePerson,
    expectIdRefused: async () => {
      const field = await screen.findByLabelText('身份证号码');
      expect(field).toHaveAccessibleDescription(expect.stringContaining('前两位数字不对。请对照身份证再看看。'));
      expect(screen.getByLabelText('姓名')).toHaveValue(testPerson.name);
    },
  });

  it('one person through the shared flow: 提交 → counted → receipt from the outbox entry → 下一位 forgets them', { timeout: 20_000 }, async () => {
    const cert = createFakeCertification();
    const user = userEvent.setup();
    await renderWithApp(<KioskScreen />, { path: '/kiosk', services: { certification: cert.certification } });
    await typePerson(user);
    expect(await screen.findByText(`请 ${testPerson.name} 看着屏幕，按提示做动作。工作人员可以在旁边帮忙。`)).toBeVisible();
    // The face check and 提交 are the person's own: no 下一位 within their reach meanwhile.
    const bar = screen.getByRole('region', { name: '社区服务点' });
    expect(within(bar).queryByRole('button', { name: '下一位' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'pass the face check' }));
    expect(await screen.findByRole('button', { name: '提交' })).toBeVisible();
    expect(within(bar).queryByRole('button', { name: '下一位' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByRole('heading', { level: 1, name: '已提交，请收好回执' })).toBeVisible();
    expect(screen.getByText(`${testPerson.name}（身份证 1101**********002X）`)).toBeVisible();
    expect(screen.getByTestId('receipt-short-code')).toHaveTextContent('4821 0937 5512 6604');
    await waitFor(() => expect(useKioskStore.getState().records).toHaveLength(1));
    expect(JSON.stringify(useKioskStore.getState().records)).not.toContain(testPerson.name);

    // 下一位 asks first; 不清除 keeps the receipt on the screen.
    await user.click(screen.getAllByRole('button', { name: '下一位' }).at(-1) as HTMLElement);
    const question = await screen.findByRole('alertdialog', { name: '办理下一位？' });
    expect(question).toHaveTextContent('请确认老人已经拿好回执');
    expect(within(question).getByRole('button', { name: '不清除，继续办理' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: '不清除，继续办理' }));
    expect(screen.getByTestId('receipt-short-code')).toHaveTextContent('4821 0937 5512 6604');
    await user.click(screen.getAllByRole('button', { name: '下一位' }).at(-1) as HTMLElement);
    await user.click(await screen.findByRole('button', { name: '清除，办理下一位' }));
    expect(await screen.findByRole('button', { name: '开始办理下一位' })).toBeVisible();
    expect(screen.queryByText(new RegExp(testPerson.name))).toBeNull();
    expect(await screen.findByText('今天共提交：1 人')).toBeVisible();
    // The next person starts from an empty form.
    await user.click(screen.getByRole('button', { name: '开始办理下一位' }));
    expect(await screen.findByLabelText('姓名')).toHaveValue('');
    cert.outbox.stop();
  });

  it('the back button inside a person asks, then forgets them and returns to the kiosk’s start', { timeout: 20_000 }, async () => {
    const cert = createFakeCertification();
    const user = userEvent.setup();
    const { location } = await renderWithApp(<KioskScreen />, { path: '/kiosk', services: { certification: cert.certification } });
    await user.click(await screen.findByRole('button', { name: '开始办理下一位' }));
    await user.type(await screen.findByLabelText('姓名'), testPerson.name);
    act(() => location.navigate('/kiosk/back'));
    const question = await screen.findByRole('alertdialog', { name: '办理下一位？' });
    expect(question).toHaveTextContent('返回会清除这位老人的资料');
    await user.click(within(question).getByRole('button', { name: '不清除，继续办理' }));
    expect(screen.getByLabelText('姓名')).toHaveValue(testPerson.name);
    act(() => location.navigate('/kiosk/back'));
    await user.click(await screen.findByRole('button', { name: '清除，办理下一位' }));
    expect(await screen.findByRole('button', { name: '开始办理下一位' })).toBeVisible();
    await waitFor(() => expect(location.history?.at(-1)).toBe('/kiosk'));
    await user.click(screen.getByRole('button', { name: '开始办理下一位' }));
    expect(await screen.findByLabelText('姓名')).toHaveValue('');
    cert.outbox.stop();
  });

  it('says 平板, not 手机: a submission saved offline is on this tablet', { timeout: 20_000 }, async () => {
    const cert = createFakeCertification({ online: false });
    const user = userEvent.setup();
    await renderWithApp(<KioskScreen />, { path: '/kiosk', services: { certification: cert.certification } });
    await typePerson(user);
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: '已保存，联网后自动提交' })).toBeVisible();
    expect(screen.getByText(/认证材料已经存在这台平板上/)).toBeVisible();
    expect(document.body.textContent).not.toMatch(/这部手机|手机连上网络/);
    cert.outbox.stop();
  });
});
