import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { defaultSettings, useSettingsStore } from '../../../src/shared/settings-store';
import { languageFromBrowser } from '../../../src/i18n/languages';
import { renderWithApp } from '../../support/render-with-app';

afterEach(() => {
  vi.restoreAllMocks();
  useSettingsStore.setState(defaultSettings);
});

describe('languageFromBrowser', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-TW'], 'zh-TW'],
    [['zh-HK', 'en'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-TW'],
    [['fr-FR', 'de'], 'zh-CN'],
    [[], 'zh-CN'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });
});

describe('the language on a first visit and after a choice', () => {
  it("follows the browser's language on a first visit", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-TW', 'en']);
    await renderWithApp(<App />, { path: '/' });
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-TW'));
    expect(await screen.findByRole('link', { name: /看看您那裡怎麼認證/ })).toBeInTheDocument();
  });

  it("then follows the person's own choice, even when the browser says otherwise", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-TW', 'en']);
    useSettingsStore.setState({ language: 'en' });
    await renderWithApp(<App />, { path: '/' });
    expect(await screen.findByRole('link', { name: /See how to certify where you live/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
