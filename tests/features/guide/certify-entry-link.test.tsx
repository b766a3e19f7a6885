import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertifyEntryLink } from '../../../src/features/guide/components/certify-entry-link';
import { parseRuntimeConfig } from '../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../support/render-with-app';

describe('certify entry link', () => {
  it('leads to /certify where the deployment has a real backend', async () => {
    await renderWithApp(
      <>
        <CertifyEntryLink />
        <p>end of guide</p>
      </>,
      { services: { config: parseRuntimeConfig({ backend: { kind: 'http' } }) } },
    );
    await screen.findByText('end of guide');
    expect(screen.getByRole('link', { name: /在这个应用里刷脸认证/ })).toHaveAttribute('href', '/certify');
  });

  it('is not offered with the demo backend', async () => {
    await renderWithApp(
      <>
        <CertifyEntryLink />
        <p>end of guide</p>
      </>,
      { services: { config: parseRuntimeConfig({ backend: { kind: 'demo' } }) } },
    );
    await screen.findByText('end of guide');
    expect(screen.queryByRole('link', { name: /在这个应用里刷脸认证/ })).toBeNull();
  });
});
