import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertifyFlow } from '../../../../src/features/certify/components/certify-flow';
import { parseRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';
import { createFakeCertification } from '../../submission/support/fake-certification';

describe('no agency in config.json', () => {
  it('/certify asks for nothing: it says why and leads to the official channels', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<CertifyFlow exitTo="/" />, {
      services: { certification: cert.certification, config: parseRuntimeConfig({ backend: { kind: 'http' } }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: '这里不能办理认证' })).toBeVisible();
    expect(screen.getByText(/这里不收人脸照片和身份证号/)).toBeVisible();
    expect(screen.queryByLabelText('身份证号码')).toBeNull();
    expect(screen.getByRole('link', { name: /看看您那里怎么认证/ })).toHaveAttribute('href', '/region');
    cert.outbox.stop();
  });
});
