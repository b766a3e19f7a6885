import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../src/i18n/languages';

const localesDir = path.resolve(import.meta.dirname, '../../src/i18n/locales');

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flattenKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function readNamespace(language: string, namespace: string): unknown {
  return JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8'));
}

const referenceNamespaces = readdirSync(path.join(localesDir, 'zh-CN'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

describe('locale parity (zh-CN is the reference)', () => {
  it('has the same namespaces in every language', () => {
    for (const language of supportedLanguages) {
      const namespaces = readdirSync(path.join(localesDir, language))
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.replace(/\.json$/, ''))
        .sort();
      expect(namespaces, language).toEqual(referenceNamespaces);
    }
  });

  for (const namespace of referenceNamespaces) {
    const referenceKeys = flattenKeys(readNamespace('zh-CN', namespace)).sort();
    for (const language of supportedLanguages.filter((l) => l !== 'zh-CN')) {
      it(`${language}/${namespace} has exactly the zh-CN keys`, () => {
        const keys = flattenKeys(readNamespace(language, namespace)).sort();
        expect(keys.filter((k) => !referenceKeys.includes(k)), 'extra keys').toEqual([]);
        expect(referenceKeys.filter((k) => !keys.includes(k)), 'missing keys').toEqual([]);
      });
      it(`${language}/${namespace} has no empty strings`, () => {
        const empty = flattenKeys(readNamespace(language, namespace)).filter((key) => {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], readNamespace(language, namespace));
          return typeof value === 'string' && value.trim() === '';
        });
        expect(empty).toEqual([]);
      });
    }
  }
});
