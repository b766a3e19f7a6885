import { webcrypto, randomBytes } from 'node:crypto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { KioskLock } from '../../../../src/features/kiosk/components/kiosk-lock';
import { KioskScreen } from '../../../../src/features/kiosk/components/kiosk-screen';
import { useKioskStore } from '../../../../src/features/kiosk/kiosk-store';
import { hashPin } from '../../../../src/features/kiosk/model/pin';
import { defaultRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';

// A low iteration count keeps the test quick; verifyPin reads the count from the stored record.
const record = await hashPin('482915', {
  subtle: webcrypto.subtle as SubtleCrypto,
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
  iterations: 1_000,
});

describe('kiosk screen', () => {
  beforeEach(() => {
    useKioskStore.setState({ pin: record, enabled: false, pinFailures: 0, records: [] });
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
});
