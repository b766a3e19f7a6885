/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { cspMetaContent } from './contract/content-security-policy.ts';
import { failOnThirdPartyLogHost, stripMediaPipeUsageLogger } from './scripts/build/no-third-party-requests.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Writes name.br and name.gz beside every compressible file of the build (after the service worker
 * is generated), for the server's preCompressed static files: no compression work per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|wasm|txt)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const file of walk(outDir)) {
          if (!compressible.test(file) || statSync(file).size < 1024) continue;
          const bytes = readFileSync(file);
          // Maximum brotli for the app's own files; a lighter level keeps the 12 MB wasm builds quick.
          const quality = bytes.length > 1_000_000 ? 7 : 11;
          writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality } }));
          writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        }
      },
    },
  };
}

/**
 * The CSP as a <meta> in every built page, so a static host serving dist/ without our server's headers
 * still keeps the page from loading or sending anything elsewhere. Build only: the dev server injects
 * inline scripts (React refresh) that the policy would block.
 */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMetaContent() }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: ['es2020', 'safari14', 'chrome87'],
    rollupOptions: {
      input: {
        main: 'index.html',
        // The review console for agency staff: its own bundle, kept out of the app's precache.
        review: 'review/index.html',
      },
    },
  },
  // MediaPipe is transformed (its usage logger removed) in dev too, instead of being pre-bundled.
  optimizeDeps: { exclude: ['@mediapipe/tasks-vision'] },
  // The detection worker is bundled separately: it gets the same transform.
  worker: { plugins: () => [stripMediaPipeUsageLogger()] },
  plugins: [
    stripMediaPipeUsageLogger(),
    cspMeta(),
    react(),
    VitePWA({
      // The person decides when to update: never reload under someone in the middle of a step.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        id: '/',
        name: '养老金认证助手',
        short_name: '养老金认证',
        description: '一步一步教您在手机上做养老金资格认证，可以先练习刷脸。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // App shell and every guide/locale chunk: a second visit works with no network at all.
        globPatterns: ['**/*.{js,css,html,svg,png,webp,woff2,json,ico}'],
        // The face model and MediaPipe wasm are large and only needed by people who reach the face
        // check: they are cached at run time (below) instead of on every first visit.
        globIgnores: ['models/**', 'mediapipe/**', 'config.json', 'review/**', 'review.html', 'assets/review-*'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/review/, /^\/files\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/mediapipe/') || url.pathname.startsWith('/models/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'face-check-assets-v1',
              expiration: { maxEntries: 20 },
              cacheableResponse: { statuses: [200] },
              rangeRequests: true,
            },
          },
          {
            // Runtime deployment settings: fresh when online, last known copy when offline.
            urlPattern: ({ url }) => url.pathname === '/config.json',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'runtime-config',
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    failOnThirdPartyLogHost(),
    precompress(),
    {
      // The review console is not the retirees' app: its page must not offer to install their PWA.
      name: 'review-console-without-app-manifest',
      enforce: 'post',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html, context) => (context.path.startsWith('/review/') ? html.replace(/\s*<link rel="manifest"[^>]*>/, '') : html),
      },
    },
  ],
  test: {
    // CI has 2 cores for everything: component tests that render whole flows need more than the 5 s default.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/contract/**', 'tests/lint/**'],
          setupFiles: ['tests/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Tests that need no DOM: the rules app and server share (contract/) and that both sides
          // agree on them; the house rules that lint holds.
          name: 'node',
          environment: 'node',
          include: ['tests/contract/**/*.test.ts', 'tests/lint/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/tests/**/*.test.ts'],
        },
      },
    ],
  },
});
