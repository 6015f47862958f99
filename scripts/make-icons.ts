/**
 * Draws the app's PNG icons from its mark (public/favicon.svg) with Chromium, the renderer
 * the tests already use, so no image library is needed. The PNGs are committed; run this
 * again only when the mark changes:
 *
 *   tsx scripts/make-icons.ts
 *
 * - `icons/icon-<size>.png`: the mark as it is (rounded corners, transparent around them).
 * - `icons/icon-maskable-512.png` and `apple-touch-icon.png`: full-bleed, the mark's drawing
 *   inside the central 60% (a maskable icon's safe zone is the central 80% circle; iOS
 *   rounds the corners itself and shows transparency as black).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';

const publicDir = path.resolve(import.meta.dirname, '../public');
const mark = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
/** The mark's background colour: full-bleed icons are filled with it. */
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(mark)?.[1] ?? '#4f46e5';
/** The mark's drawing alone, without its rounded square. */
const drawing = mark.replace(/<rect[^>]*\/>/, '').replace(/<svg[^>]*>|<\/svg>/g, '');

const plain = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${mark.replace(/<svg[^>]*>|<\/svg>/g, '')}</svg>`;
const fullBleed = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
  `<rect width="32" height="32" fill="${background}"/>` +
  // The drawing spans 9..~24 × 8..24 of 32: scaled by 0.75 around the centre it stays in the safe zone.
  `<g transform="translate(16 16) scale(0.75) translate(-16.5 -16)">${drawing}</g></svg>`;

const icons: [file: string, svg: string, size: number][] = [
  ['icons/icon-192.png', plain(192), 192],
  ['icons/icon-512.png', plain(512), 512],
  ['icons/icon-maskable-512.png', fullBleed(512), 512],
  ['apple-touch-icon.png', fullBleed(180), 180],
];

const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [file, svg, size] of icons) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
    writeFileSync(path.join(publicDir, file), await page.screenshot({ omitBackground: true }));
    console.log(`make-icons: public/${file}`);
  }
} finally {
  await browser.close();
}
