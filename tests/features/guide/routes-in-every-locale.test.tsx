import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../src/app/routes';
import { useRegionStore } from '../../../src/features/region/region-store';
import { supportedLanguages } from '../../../src/i18n/languages';
import { renderWithApp } from '../../support/render-with-app';

const routes = ['/region', '/channels', '/guide', '/guide/1', '/guide/2', '/guide/3', '/guide/4', '/guide/5', '/guide/6', '/faq', '/scam', '/offline-options'];

// Each route is a lazy chunk that vitest transforms on first use: on a busy 2-core CI machine the first
// render can take longer than testing-library's 1 s default (this waits for it; it measures nothing).
configure({ asyncUtilTimeout: 5000 });

// A missing key renders as the key itself ("steps.face.title", "guide:intro.lead"), so no text may look like one.
const rawKey = /\b(region|channel|channels|guide|faq|scam|offline|intro|step|steps|sources|questions|items)[:.][a-z]/;

describe('guide routes in every language', () => {
  for (const language of supportedLanguages) {
    for (const path of routes) {
      it(`${path} renders in ${language} with no missing text`, async () => {
        useRegionStore.setState({ regionCode: path === '/channels' ? '23' : '44' });
        const { container } = await renderWithApp(<AppRoutes />, { path, language });
        expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
        const text = container.textContent ?? '';
        expect(text).not.toMatch(rawKey);
        expect(text).not.toMatch(/\{\{|\}\}/);
        expect(container.querySelector('main')?.textContent?.length).toBeGreaterThan(100);
      });
    }
  }
});
