import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfflineOptionsScreen } from '../../../../src/features/guide/components/offline-options-screen';
import { renderWithApp } from '../../../support/render-with-app';

describe('OfflineOptionsScreen', () => {
  it('lists the ways without a phone, each with what to bring and sources', async () => {
    await renderWithApp(<OfflineOptionsScreen />, { path: '/offline-options' });
    for (const heading of ['到社区（村）', '到社保经办机构', '请工作人员上门', '到合作银行', '拨打 12333 问一问']) {
      const section = await screen.findByRole('region', { name: new RegExp(heading.replace(/[()（）]/g, '.')) });
      expect(section).toHaveTextContent('要带：');
      expect(within(section).getAllByRole('link').length).toBeGreaterThan(0);
    }
    expect(screen.getByText(/医院证明/)).toBeInTheDocument();
  }, 20_000);
});
