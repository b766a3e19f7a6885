import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../../src/features/home/components/home-screen';
import { renderWithApp } from '../../../support/render-with-app';

describe('HomeScreen', () => {
  it('offers the four main choices, settings and the 12333 hotline in Chinese', async () => {
    await renderWithApp(<HomeScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: '养老金认证助手' })).toBeInTheDocument();
    for (const label of ['开始认证', '练习刷脸', '帮家人认证', '社区工作人员']) {
      expect(screen.getByRole('link', { name: new RegExp(label) })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: /设置/ })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('link', { name: /12333/ })).toHaveAttribute('href', 'tel:12333');
  });

  it('renders in English when asked', async () => {
    await renderWithApp(<HomeScreen />, { language: 'en' });
    expect(await screen.findByRole('link', { name: /Practise the face check/ })).toHaveAttribute('href', '/practice');
  });
});
