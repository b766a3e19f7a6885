import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { ElderCertifyScreen } from '../../../../src/features/family/components/elder-certify-screen';
import { useFamilyStore } from '../../../../src/features/family/family-store';
import { consentTextVersion, type Elder } from '../../../../src/features/family/model/elder';
import { renderWithApp } from '../../../support/render-with-app';
import { describeCertificationPaths } from '../../certify/support/certification-paths';
import { testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';

// The face check has its own tests; here it asks for its actions as the real one does, and passes when asked.
vi.mock('../../../../src/features/liveness/components/liveness-flow', async () => ({ LivenessFlow: (await import('../../../support/fakes/liveness-flow-stub')).LivenessFlowStub }));

const mother: Elder = {
  id: 'e1',
  name: testPerson.name,
  relation: 'mother',
  idNumber: testPerson.idNumber,
  consent: { givenAt: '2026-01-01T08:00:00.000Z', textVersion: consentTextVersion },
  provinceCode: null,
  benefitType: null,
  lastCertifiedOn: null,
  lastSubmissionId: null,
};

async function mount(cert: ReturnType<typeof createFakeCertification>) {
  return renderWithApp(
    <Route path="/family/certify/:id">
      <ElderCertifyScreen />
    </Route>,
    { path: '/family/certify/e1', services: { certification: cert.certification } },
  );
}

async function handOver(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: `开始为 ${mother.name} 刷脸` }));
}

beforeEach(() => {
  useFamilyStore.setState({ elders: [mother] });
  globalThis.indexedDB = new IDBFactory();
  URL.createObjectURL ??= () => 'blob:test';
  URL.revokeObjectURL ??= () => {};
});

describe('/family/certify/:id', () => {
  describeCertificationPaths({
    mount: async (cert) => {
      await mount(cert);
    },
    startPerson: handOver,
    expectIdRefused: async () => {
      expect(await screen.findByText(`社保系统没有收下 ${mother.name} 的身份证号`)).toBeVisible();
      expect(screen.getByText('前两位数字不对。请对照身份证再看看。')).toBeVisible();
      expect(screen.getByRole('link', { name: '回到家人列表' })).toHaveAttribute('href', '/family');
    },
  });

  it('hands the phone over, certifies the elder through the shared flow and remembers the submission as theirs', { timeout: 20_000 }, async () => {
    const cert = createFakeCertification();
    const startSession = vi.spyOn(cert.fake.backend, 'startSession');
    const user = userEvent.setup();
    await mount(cert);
    expect(await screen.findByText(`请把手机交给 ${mother.name}，请 ${mother.name} 看着屏幕，按提示做动作。`)).toBeVisible();
    expect(startSession).not.toHaveBeenCalled();
    await handOver(user);
    expect(startSession).toHaveBeenCalledWith({ name: mother.name, idNumber: mother.idNumber }, expect.anything());
    await user.click(await screen.findByRole('button', { name: 'pass the face check' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: /已提交|审核中/ })).toBeVisible();
    expect(screen.getByRole('link', { name: '回到家人列表' })).toBeVisible();
    await waitFor(() => expect(useFamilyStore.getState().elders[0]?.lastSubmissionId).toBe('entry-1'));
    cert.outbox.stop();
  });
});
