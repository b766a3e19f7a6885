// One-off: renders public/icons/icon.svg into the PNG icons the web manifest and iOS need, with
// the same Debian Chromium the browser tests use. Run again after changing icon.svg:
//   node scripts/render-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'public/icons');
const svg = readFileSync(path.join(iconsDir, 'icon.svg'), 'utf8');
const background = '#0b4f8a';

/**
 * full: the rounded icon as drawn (transparent corners), for "any" purpose.
 * bleed: square, edge to edge, the artwork scaled into the middle so that Android's mask (a
 * circle: the inner 80 %) and iOS's rounded corners never cut it (maskable and apple-touch-icon).
 */
const outputs = [
  { file: 'icon-192.png', size: 192, mode: 'full' },
  { file: 'icon-512.png', size: 512, mode: 'full' },
  { file: 'icon-maskable-512.png', size: 512, mode: 'bleed', artScale: 0.78 },
  { file: 'apple-touch-icon.png', size: 180, mode: 'bleed', artScale: 0.92 },
  { file: 'favicon-48.png', size: 48, mode: 'full' },
];

function pageFor({ size, mode, artScale = 1 }) {
  const art = mode === 'bleed' ? svg.replace(/<rect [^>]*rx="96"[^>]*\/>/, '') : svg;
  const artSize = Math.round(size * artScale);
  return `<!doctype html><html><head><style>
    html,body{margin:0;padding:0;background:transparent}
    #box{width:${size}px;height:${size}px;display:flex;align-items:center;justify-content:center;
      background:${mode === 'bleed' ? background : 'transparent'}}
    #box svg{width:${artSize}px;height:${artSize}px;display:block}
  </style></head><body><div id="box">${art}</div></body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const output of outputs) {
    await page.setViewportSize({ width: output.size, height: output.size });
    await page.setContent(pageFor(output));
    const png = await page.locator('#box').screenshot({ omitBackground: output.mode === 'full' });
    writeFileSync(path.join(iconsDir, output.file), png);
    console.log(`${output.file}: ${output.size}×${output.size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
