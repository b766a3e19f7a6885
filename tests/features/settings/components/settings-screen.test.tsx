import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../src/app/app';
import { defaultSettings, useSettingsStore } from '../../../../src/shared/settings-store';
import { renderWithApp } from '../../../support/render-with-app';

beforeEach(() => {
  // A phone set to Chinese: the first visit follows it.
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'zh']);
});

afterEach(() => {
  vi.restoreAllMocks();
  useSettingsStore.setState(defaultSettings);
  delete document.documentElement.dataset.textSize;
});

describe('SettingsScreen (inside the app, as a person uses it)', () => {
  it('text size sets data-text-size on <html> and is kept on this device', async () => {
    await renderWithApp(<App />, { path: '/settings' });
    await userEvent.click(await screen.findByRole('radio', { name: '特大' }));
    expect(screen.getByRole('radio', { name: '特大' })).toBeChecked();
    await waitFor(() => expect(document.documentElement.dataset.textSize).toBe('extraLarge'));
    const stored = JSON.parse(localStorage.getItem('settings') ?? '{}') as { state?: { textSize?: string } };
    expect(stored.state?.textSize).toBe('extraLarge');

    await userEvent.click(screen.getByRole('radio', { name: '标准' }));
    await waitFor(() => expect(document.documentElement.dataset.textSize).toBe('standard'));
  });

  it('switching the language changes the text on screen and <html lang>, and is remembered', async () => {
    await renderWithApp(<App />, { path: '/settings' });
    await userEvent.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    const stored = JSON.parse(localStorage.getItem('settings') ?? '{}') as { state?: { language?: string } };
    expect(stored.state?.language).toBe('en');

    await userEvent.click(screen.getByRole('radio', { name: '繁體中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '設定' })).toBeInTheDocument();
  });

  it('turning reading aloud off removes the read-aloud button from every screen', async () => {
    await renderWithApp(<App />, { path: '/settings' });
    expect(await screen.findByRole('button', { name: /朗读/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: '关闭朗读' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /朗读/ })).not.toBeInTheDocument());
    expect(useSettingsStore.getState().readAloudEnabled).toBe(false);
  });

  it('links to the install help', async () => {
    await renderWithApp(<App />, { path: '/settings' });
    expect(await screen.findByRole('link', { name: /放到桌面/ })).toHaveAttribute('href', '/install');
  });
});
