import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const html = readFileSync(path.join(root, 'review/index.html'), 'utf8');
const viteConfig = readFileSync(path.join(root, 'vite.config.ts'), 'utf8');

describe('review console entry page', () => {
  it('works under the server CSP: no inline script, style or event handler', () => {
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toContain('src="/review/src/main.tsx"');
    expect(scripts[0]?.[2]?.trim()).toBe('');
  });

  it('is not indexed and sends no referrer', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  });

  it('is its own build entry, kept out of the retirees’ precache', () => {
    expect(viteConfig).toContain("review: 'review/index.html'");
    expect(viteConfig).toMatch(/globIgnores: \[[^\]]*'review\/\*\*'[^\]]*'assets\/review-\*'/);
    expect(viteConfig).toMatch(/navigateFallbackDenylist: \[[^\]]*\/\^\\\/review\//);
    expect(viteConfig).toContain("name: 'review-console-without-app-manifest'");
  });
});
