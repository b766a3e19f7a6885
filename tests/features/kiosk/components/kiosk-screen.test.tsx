import { webcrypto, randomBytes } from 'node:crypto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskLock } from '../../../../src/features/kiosk/components/kiosk-lock';
import { KioskScreen } from '../../../../src/features/kiosk/components/kiosk-screen';
import { KioskRecovery } from '../../../../src/features/kiosk/components/kiosk-recovery';
import { createIndexedDbOutboxStorage } from '../../../../src/adapters/storage/indexeddb-outbox-storage';
import { useKioskStore } from '../../../../src/features/kiosk/kiosk-store';
import { hashPin } from '../../../../src/features/kiosk/model/pin';
import { defaultRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';
import { aSession, anEvidence, testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';

// A low iteration count keeps the test quick; verifyPin reads the count from the stored record.
const record = await hashPin('482915', {
  subtle: webcrypto.subtle as SubtleCrypto,
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
  iterations: 1_000,
});

describe('kiosk screen', () => {
  beforeEach(() => {
    useKioskStore.setState({ pin: record, enabled: false, pinFailures: 0, servicePoint: null, records: [] });
  });

  it('turns on only with the staff PIN, then asks staff for the person, with a message per ID mistake', async () => {
    const user = userEvent.setup();
    await renderWithApp(<KioskScreen />, { path: '/kiosk' });
    expect(await screen.findByRole('heading', { level: 1, name: '开启社区服务点模式' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('工作人员密码'), '111111');
    await user.click(screen.getByRole('button', { name: '开启服务点模式' }));
    expect(await screen.findByText('密码不对，请再试一次。')).toBeInTheDocument();
    expect(useKioskStore.getState()).toMatchObject({ enabled: false, pinFailures: 1 });

    await user.type(screen.getByLabelText('工作人员密码'), '482915');
    await user.click(screen.getByRole('button', { name: '开启服务点模式' }));
    const start = await screen.findByRole('button', { name: '开始办理下一位' }, { timeout: 10_000 });
    expect(useKioskStore.getState()).toMatchObject({ enabled: true, pinFailures: 0 });
    expect(screen.getByText('今天共提交：0 人')).toBeInTheDocument();

    await user.click(start);
    expect(await screen.findByRole('heading', { level: 1, name: '请工作人员填写老人信息' })).toBeVisible();
    await user.click(screen.getByLabelText('姓名'));
    await user.paste('王秀英');
    await user.click(screen.getByLabelText('身份证号码'));
    await user.paste('11010519491231002');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByLabelText('身份证号码')).toHaveAccessibleDescription(expect.stringContaining('身份证号码应该是 18 位，现在是 17 位'));
    await user.clear(screen.getByLabelText('身份证号码'));
    await user.click(screen.getByLabelText('身份证号码'));
    await user.paste('11010519490230002X');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByLabelText('身份证号码')).toHaveAccessibleDescription(expect.stringContaining('出生日期'));
    // Still the form: nothing was sent to start a session.
    expect(screen.getByRole('heading', { level: 1, name: '请工作人员填写老人信息' })).toBeVisible();
    // A kiosk tablet serves one person after another: the browser must not offer the last one's details.
    expect(screen.getByLabelText('姓名')).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByLabelText('手机号（可以不填）')).toHaveAttribute('autocomplete', 'off');
  }, 30_000);

  it('keeps every other screen locked to /kiosk while kiosk mode is on', async () => {
    useKioskStore.setState({ enabled: true });
    const { location } = await renderWithApp(<KioskLock />, { path: '/settings' });
    expect(location.history?.at(-1)).toBe('/kiosk');
  });

  it('sends a fresh device to the PIN setup when the deployment presets kiosk mode', async () => {
    useKioskStore.setState({ pin: null, enabled: false });
    const config = { ...defaultRuntimeConfig, kiosk: { preset: true } };
    const { location } = await renderWithApp(<KioskLock />, { path: '/', services: { config } });
    expect(location.history?.at(-1)).toBe('/kiosk');
  });

  it('leaves other screens alone when kiosk mode is off', async () => {
    const { location } = await renderWithApp(<KioskLock />, { path: '/settings' });
    expect(location.history?.at(-1)).toBe('/settings');
  });

  it('on a phone not preset as a kiosk, warns plainly before anything is set, and leads home by default', async () => {
    useKioskStore.setState({ pin: null, enabled: false });
    const user = userEvent.setup();
    await renderWithApp(<KioskScreen />, { path: '/kiosk' });
    expect(await screen.findByRole('heading', { level: 1, name: '服务点模式是给工作人员用的' })).toBeVisible();
    expect(screen.getByText('如果这是您自己的手机，请不要开启。')).toBeVisible();
    expect(screen.getByRole('link', { name: '不开启，回到首页' })).toHaveAttribute('href', '/');
    expect(screen.queryByLabelText('新密码（6到8位数字）')).toBeNull();
    await user.click(screen.getByRole('button', { name: '我是工作人员，继续设置' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置工作人员密码' })).toBeVisible();
  });

  it('refuses weak PINs, saying why, and needs the service point name for the receipts', async () => {
    useKioskStore.setState({ pin: null, enabled: false, servicePoint: null });
    const config = { ...defaultRuntimeConfig, kiosk: { preset: true } };
    const user = userEvent.setup();
    await renderWithApp(<KioskScreen />, { path: '/kiosk', services: { config } });
    const pin = await screen.findByLabelText('新密码（6到8位数字）');
    const again = screen.getByLabelText('再输一次新密码');
    const tryPin = async (value: string) => {
      await user.clear(pin);
      await user.type(pin, value);
      await user.clear(again);
      await user.type(again, value);
      await user.click(screen.getByRole('button', { name: '保存密码并开启' }));
    };
    await tryPin('1234');
    expect(pin).toHaveAccessibleDescription(expect.stringContaining('不能是连着的数字'));
    await tryPin('000000');
    expect(pin).toHaveAccessibleDescription(expect.stringContaining('不能全是同一个数字'));
    await tryPin('19500315');
    expect(pin).toHaveAccessibleDescription(expect.stringContaining('像一个日期'));
    expect(screen.getByLabelText('服务点名称（印在回执上）')).toHaveAccessibleDescription(expect.stringContaining('请填写服务点名称'));
    expect(useKioskStore.getState().pin).toBeNull();

    await user.type(screen.getByLabelText('服务点名称（印在回执上）'), '八里庄街道社区服务站');
    await tryPin('904173');
    expect(await screen.findByRole('button', { name: '开始办理下一位' }, { timeout: 20_000 })).toBeVisible();
    expect(useKioskStore.getState()).toMatchObject({ enabled: true, servicePoint: '八里庄街道社区服务站' });
    expect(JSON.stringify(useKioskStore.getState().pin)).not.toContain('904173');
  }, 40_000);

  it('忘记密码: wipes every submission and everything personal first, then forgets the PIN and turns kiosk mode off', async () => {
    const cert = createFakeCertification({ online: false });
    await cert.outbox.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    useKioskStore.setState({ enabled: true, servicePoint: '八里庄街道社区服务站', records: [{ id: 'r1', day: '2026-01-15', state: 'uploading' }] });
    localStorage.setItem('family', '{"state":{"elders":[{"name":"李福生"}]}}');
    localStorage.setItem('settings', '{"state":{"textSize":"extraLarge"}}');
    const onDone = vi.fn();
    const user = userEvent.setup();
    await renderWithApp(<KioskRecovery onDone={onDone} />, { path: '/kiosk/recover', services: { certification: cert.certification } });
    expect(await screen.findByRole('heading', { level: 1, name: '忘记工作人员密码' })).toBeVisible();
    // The person who is about to lose submissions is told how many, and to wait if they can.
    expect(await screen.findByText('还没传完的 1 份认证材料（这几位老人要重新认证）')).toBeVisible();
    expect(screen.getByText(/最好先连上网络，等它们传完再恢复/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: '全部清除，恢复普通状态' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(cert.outbox.getSnapshot().entries).toEqual([]);
    expect(await createIndexedDbOutboxStorage(cert.storageName).list()).toEqual([]);
    expect(localStorage.getItem('family')).toBeNull();
    expect(localStorage.getItem('settings')).toContain('extraLarge');
    expect(useKioskStore.getState()).toMatchObject({ pin: null, enabled: false, servicePoint: null, records: [] });
    cert.outbox.stop();
  });
});
