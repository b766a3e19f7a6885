import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { houseRuleZones } from './eslint.house-rules.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'e2e-artifacts', 'bench-results', 'data', '.builds', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'review/src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mediapipe/tasks-vision',
              message: 'Only src/adapters/face-detector/ may import MediaPipe (it must stay out of the first page load).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/face-detector/**/*.ts', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The rules app and server share: environment-neutral, so no browser or Node globals, and it
    // imports nothing but itself and its validators (zod; valibot for the app's start-up config).
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./', message: 'contract/ imports only its own files (./x) and its validators: app and server import it, never the reverse.' },
            { regex: '^(?!zod(/|$)|valibot$|\\./)', message: 'contract/ is environment-neutral: only zod and valibot from outside.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}', 'eslint.house-rules.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The house rules (docs/structure.md): layers, allowed feature edges through index.ts, no cycles.
    files: ['src/**/*.{ts,tsx}', 'contract/**/*.ts', 'server/src/**/*.ts', 'review/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Imported files are parsed too (to follow cycles): TypeScript and TSX with the TS parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: houseRuleZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The face-detection worker runs with worker globals, not the page's (tsconfig.worker.json).
    files: ['src/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
