import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskSubmitStep } from '../../../../src/features/kiosk/components/kiosk-submit-step';
import { useKioskStore } from '../../../../src/features/kiosk/kiosk-store';
import { BackendError } from '../../../../src/features/submission/model/backend-error';
import { renderWithApp } from '../../../support/render-with-app';
import { aSession, anEvidence, testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';

// The submission goes through the real outbox and IndexedDB: allow for a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  useKioskStore.setState({ records: [] });
});

describe('kiosk submit step', { timeout: 20_000 }, () => {
  it('finding 1: a photo the server cannot read asks for the face check again (not "check the network"), and the button starts it', async () => {
    const cert = createFakeCertification();
    cert.fake.failNextUpload(new BackendError('http-4xx', 'The photo cannot be read', { status: 422, serverCode: 'unreadable-photo' }));
    const onRedoFaceCheck = vi.fn();
    const user = userEvent.setup();
    await renderWithApp(
      <KioskSubmitStep outbox={cert.outbox} person={testPerson} session={aSession()} evidence={anEvidence()} onRedoFaceCheck={onRedoFaceCheck} redoing={false} />,
    );
    await cert.outbox.start();
    await user.click(await screen.findByRole('button', { name: '提交' }));

    expect(await screen.findByText('刚才录的照片或视频坏了，社保系统打不开。这不是您的错：请点“重新刷脸”，再做一次刷脸认证。')).toBeVisible();
    expect(screen.queryByText(/请检查网络/)).toBeNull();
    expect(screen.queryByRole('button', { name: '再试一次' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '重新刷脸' }));
    expect(onRedoFaceCheck).toHaveBeenCalledTimes(1);
    expect(cert.fake.uploadCalls).toHaveLength(1);
    cert.outbox.stop();
  });

  it('a dropped network still says "check the network" and 再试一次 sends the same face check', async () => {
    const cert = createFakeCertification();
    cert.fake.failNextUpload(new BackendError('network', 'dropped'));
    const user = userEvent.setup();
    await renderWithApp(
      <KioskSubmitStep outbox={cert.outbox} person={testPerson} session={aSession()} evidence={anEvidence()} onRedoFaceCheck={vi.fn()} redoing={false} />,
    );
    await cert.outbox.start();
    await user.click(await screen.findByRole('button', { name: '提交' }));
    expect(await screen.findByText(/请检查网络后点“再试一次”/)).toBeVisible();
    expect(screen.queryByRole('button', { name: '重新刷脸' })).toBeNull();
    cert.outbox.stop();
  });
});
