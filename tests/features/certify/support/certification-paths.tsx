import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackendError } from '../../../../src/adapters/backend/backend-error';
import type { CertificationSession } from '../../../../src/adapters/backend/certification-backend';
import { createFakeCertification } from '../../submission/support/fake-certification';

type FakeCertification = ReturnType<typeof createFakeCertification>;
type User = ReturnType<typeof userEvent.setup>;

/** One route that mounts the app's certification flow (/certify, /kiosk, /family/certify/:id). */
export type RouteUnderTest = {
  /** Renders the route with these certification services. */
  mount(cert: FakeCertification): Promise<void>;
  /** From the rendered route to the session start: type the person, or hand the phone over. */
  startPerson(user: User): Promise<void>;
  /** What the route shows when the server refused the ID number as "bad-region". */
  expectIdRefused(): Promise<void>;
};

const sessionEndingIn = (ms: number): CertificationSession => ({
  sessionId: 'session-x',
  challenges: ['mouth-open'],
  nonce: 'nonce-x',
  expiresAt: new Date(Date.now() + ms).toISOString(),
});

/**
 * The paths every route gets from the one flow, tested through each route: the server refusing the
 * ID number, the warning before the session expires, the expired session started afresh, and a
 * submission the phone could not save. Needs the test file to mock LivenessFlow with a
 * "pass the face check" button (vi.mock is hoisted per file).
 */
export function describeCertificationPaths(route: RouteUnderTest) {
  describe('the one certification flow’s paths', { timeout: 20_000 }, () => {
    beforeEach(() => {
      globalThis.indexedDB = new IDBFactory();
      URL.createObjectURL ??= () => 'blob:test';
      URL.revokeObjectURL ??= () => {};
    });

    it('the server refuses the ID number: says which problem, in plain words', async () => {
      const cert = createFakeCertification();
      vi.spyOn(cert.fake.backend, 'startSession').mockRejectedValueOnce(
        new BackendError('http-4xx', 'bad id', { status: 400, serverCode: 'invalid-id-number', problem: 'bad-region' }),
      );
      await route.mount(cert);
      await route.startPerson(userEvent.setup());
      await route.expectIdRefused();
      cert.outbox.stop();
    });

    it('warns before the session expires, at the photo check', async () => {
      const cert = createFakeCertification();
      vi.spyOn(cert.fake.backend, 'startSession').mockResolvedValueOnce(sessionEndingIn(2 * 60_000));
      const user = userEvent.setup();
      await route.mount(cert);
      await route.startPerson(user);
      await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
      expect(await screen.findByText(/请尽快点“提交”：这一步最多还能等 \d 分钟/)).toBeVisible();
      cert.outbox.stop();
    });

    it('an expired session is said plainly and 重新刷脸 starts a fresh one for the same person', async () => {
      const cert = createFakeCertification();
      const startSession = vi.spyOn(cert.fake.backend, 'startSession').mockResolvedValueOnce(sessionEndingIn(-1000));
      const user = userEvent.setup();
      await route.mount(cert);
      await route.startPerson(user);
      await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
      expect(await screen.findByText('这一步等待太久，已经过期。请重新做一次，只要几分钟。')).toBeVisible();
      expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
      await user.click(screen.getByRole('button', { name: '重新刷脸' }));
      await waitFor(() => expect(startSession).toHaveBeenCalledTimes(2));
      expect(startSession.mock.calls[1]?.[0]).toEqual(startSession.mock.calls[0]?.[0]);
      expect(await screen.findByRole('button', { name: 'pass the face check' })).toBeVisible();
      cert.outbox.stop();
    });

    it('the phone cannot save the submission: says so, keeps the photo, and 提交 again works', async () => {
      const cert = createFakeCertification();
      vi.spyOn(cert.outbox, 'enqueue').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
      const user = userEvent.setup();
      await route.mount(cert);
      await route.startPerson(user);
      await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
      await user.click(await screen.findByRole('button', { name: '提交' }));
      // 这部手机 on a phone, 这台平板 at the kiosk.
      expect(await screen.findByText(/^这(部手机|台平板)没能保存材料（可能存储空间满了）。/)).toBeVisible();
      expect(screen.getByRole('img', { name: '刚才拍到的照片' })).toBeVisible();
      expect(cert.fake.uploadCalls).toEqual([]);
      await user.click(screen.getByRole('button', { name: '提交' }));
      await waitFor(() => expect(cert.fake.uploadCalls).toHaveLength(1));
      cert.outbox.stop();
    });
  });
}
