import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScamScreen } from '../../../../src/features/guide/components/scam-screen';
import { renderWithApp } from '../../../support/render-with-app';

describe('ScamScreen', () => {
  it('warns about money, passwords, fake texts and the January rumour, with sources', async () => {
    await renderWithApp(<ScamScreen />, { path: '/scam' });
    expect(await screen.findByRole('heading', { level: 2, name: /要钱、要密码的，就是骗子/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /小心假“社保”短信/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /是谣言/ })).toBeInTheDocument();
    expect(screen.getByText(/不带陌生链接/)).toBeInTheDocument();
    // "Certification is free" stands as plain advice, with no doubt cast on it.
    expect(screen.getByText(/官方渠道认证不用交钱/)).toBeInTheDocument();
    expect(screen.queryByText(/没有找到专门写这一条的文件/)).toBeNull();
    expect(screen.getAllByText(/资料来源（\d+ 条）/)).toHaveLength(4);
  }, 20_000);
});
