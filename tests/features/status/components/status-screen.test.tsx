import { act, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusScreen } from '../../../../src/features/status/components/status-screen';
import { statusLink, statusTokenFromHash } from '../../../../src/features/status/model/status-link';
import { BackendError } from '../../../../src/adapters/backend/backend-error';
import { renderWithApp } from '../../../support/render-with-app';
import { aSession, anEvidence, testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';

// Uploads and polls go through the real outbox and IndexedDB: allow for a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  window.location.hash = '';
});

describe('status link', () => {
  it('reads the token from the fragment only, and refuses damaged ones', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUv_-12';
    expect(statusTokenFromHash(`#t=${token}`)).toBe(token);
    expect(statusTokenFromHash('#t=short')).toBeUndefined();
    expect(statusTokenFromHash('#t=<script>alert(1)</script>xxxxxxxx')).toBeUndefined();
    expect(statusTokenFromHash('')).toBeUndefined();
    expect(statusLink('https://example.org/', token)).toBe(`https://example.org/status#t=${token}`);
  });
});

describe('status screen', { timeout: 20_000 }, () => {
  it('shows the status of a receipt link (#t=) live, without a reload', async () => {
    const cert = createFakeCertification();
    const getStatus = vi.spyOn(cert.fake.backend, 'getStatus');
    window.location.hash = '#t=kioskToken0123456789abcdef';
    await renderWithApp(<StatusScreen />, { services: { certification: cert.certification }, path: '/status' });

    const linked = await screen.findByRole('region', { name: '您查询的认证' });
    expect(await within(linked).findByRole('heading', { name: '已提交' })).toBeVisible();
    // Nothing was done on this phone: no "nothing here" under the person's own result.
    expect(screen.queryByRole('region', { name: '在这部手机上做的认证' })).toBeNull();
    expect(screen.queryByText(/这次认证|还没有在这部手机上/)).toBeNull();
    expect(getStatus).toHaveBeenCalledWith({ statusToken: 'kioskToken0123456789abcdef' }, expect.anything());
    act(() => cert.fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T10:00:00.000Z' }));
    expect(await within(linked).findByRole('heading', { name: '已通过' })).toBeVisible();
    expect(within(linked).getByText('下次认证：一般是 12 个月以后。')).toBeVisible();
    cert.outbox.stop();
  });

  it('says so when a link finds nothing', async () => {
    const cert = createFakeCertification();
    vi.spyOn(cert.fake.backend, 'getStatus').mockRejectedValue(
      new BackendError('http-4xx', 'no', { status: 404, serverCode: 'invalid-status-token' }),
    );
    window.location.hash = '#t=unknownToken0123456789abc';
    await renderWithApp(<StatusScreen />, { services: { certification: cert.certification }, path: '/status' });
    expect(await screen.findByText(/这个链接查不到认证/)).toBeVisible();
    cert.outbox.stop();
  });

  it('lists this phone’s own submissions with their live states and never the full ID number', async () => {
    const cert = createFakeCertification({ online: false });
    await cert.outbox.start();
    await cert.outbox.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await renderWithApp(<StatusScreen />, { services: { certification: cert.certification }, path: '/status' });

    const mine = await screen.findByRole('region', { name: '在这部手机上做的认证' });
    expect(within(mine).getByText('张桂兰（身份证 1101**********002X）')).toBeVisible();
    expect(within(mine).getByRole('heading', { name: '已保存，联网后自动提交' })).toBeVisible();
    // Not sent yet: it says when it was saved, never a submission time.
    expect(within(mine).getByText(/^在这部手机上保存的时间：/)).toBeVisible();
    expect(within(mine).queryByText(/^提交时间：/)).toBeNull();
    expect(document.body.textContent).not.toContain(testPerson.idNumber);

    await userEvent.setup().click(within(mine).getByRole('button', { name: '现在就试着提交' }));
    act(() => cert.net.set(true));
    expect(await within(mine).findByRole('heading', { name: /已提交/ })).toBeVisible();
    expect(within(mine).getByText(/^提交时间：/)).toBeVisible();
    expect(within(mine).queryByText(/^在这部手机上保存的时间：/)).toBeNull();

    // Withdraw asks first, then removes it here.
    const user = userEvent.setup();
    await user.click(within(mine).getByRole('button', { name: '撤回这次认证' }));
    await user.click(within(mine).getByRole('button', { name: '确定撤回' }));
    expect(await within(mine).findByText('还没有在这部手机上做过认证。')).toBeVisible();
    expect(cert.fake.withdrawn).toEqual(['token-1']);
    cert.outbox.stop();
  });

  it('finds a kiosk receipt by its 查询码 and the ID number’s last 4, with plain messages for mistakes', async () => {
    const cert = createFakeCertification();
    await cert.outbox.start();
    const receipt = await cert.fake.backend.uploadEvidence(aSession(), anEvidence(), { idempotencyKey: 'kiosk-entry-1' });
    await renderWithApp(<StatusScreen />, { services: { certification: cert.certification }, path: '/status' });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: '用查询码查看' });

    await user.type(within(form).getByLabelText('查询码'), 'ABC');
    await user.type(within(form).getByLabelText('身份证号最后 4 位'), '12a');
    await user.click(within(form).getByRole('button', { name: '查询' }));
    expect(within(form).getByLabelText('查询码')).toHaveAccessibleDescription(expect.stringContaining('查询码是 16 位数字'));
    expect(within(form).getByLabelText('身份证号最后 4 位')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(form).getByLabelText('查询码'));
    // Typed as printed, in groups of four.
    await user.type(within(form).getByLabelText('查询码'), '4821 0937 5512 6604');
    await user.clear(within(form).getByLabelText('身份证号最后 4 位'));
    await user.type(within(form).getByLabelText('身份证号最后 4 位'), '1234');
    await user.click(within(form).getByRole('button', { name: '查询' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('没有查到');

    await user.clear(within(form).getByLabelText('身份证号最后 4 位'));
    await user.type(within(form).getByLabelText('身份证号最后 4 位'), '002x');
    await user.click(within(form).getByRole('button', { name: '查询' }));
    const linked = await screen.findByRole('region', { name: '您查询的认证' });
    expect(await within(linked).findByRole('heading', { name: '已提交' })).toBeVisible();
    expect(window.location.hash).toBe(`#t=${receipt.statusToken}`);
    cert.outbox.stop();
  });

  it('says in plain words when a 查询码 was locked after too many wrong tries', async () => {
    const cert = createFakeCertification();
    await cert.outbox.start();
    await renderWithApp(<StatusScreen />, { services: { certification: cert.certification }, path: '/status' });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: '用查询码查看' });
    await user.type(within(form).getByLabelText('查询码'), '0000-0000-0000-0000');
    await user.type(within(form).getByLabelText('身份证号最后 4 位'), '002X');
    await user.click(within(form).getByRole('button', { name: '查询' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('输错的次数太多，已经停用了。请扫回执上的二维码查看');
    cert.outbox.stop();
  });

  it('lets the person clear a finished submission from this phone', async () => {
    const cert = createFakeCertification();
    cert.fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T10:00:00.000Z' });
    await cert.outbox.start();
    await cert.outbox.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await renderWithApp(<StatusScreen />, { services: { certification: cert.certification }, path: '/status' });
    const mine = await screen.findByRole('region', { name: '在这部手机上做的认证' });
    expect(await within(mine).findByRole('heading', { name: '已通过' })).toBeVisible();
    expect(within(mine).queryByRole('button', { name: '撤回这次认证' })).toBeNull();
    await userEvent.setup().click(within(mine).getByRole('button', { name: '从这部手机上删除' }));
    expect(await within(mine).findByText('还没有在这部手机上做过认证。')).toBeVisible();
    expect(cert.fake.withdrawn).toEqual([]);
    cert.outbox.stop();
  });
});
