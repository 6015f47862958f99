/**
 * Screenshots of the served app for looking at it: every URL at 360 and 1280 px, light and
 * dark. `tsx scripts/screenshot.ts <base-url> <out-dir> <path>...`
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';

const [base = 'http://127.0.0.1:4173', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
await mkdir(out, { recursive: true });
const browser = await launchChromium();
for (const width of widths) {
  for (const colorScheme of schemes) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme,
      locale: process.env.LOCALE ?? 'ko-KR',
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
    for (const p of paths.length ? paths : ['/']) {
      await page.goto(new URL(p, base).href, { waitUntil: 'networkidle' });
      const name = `${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL !== '0' });
      console.log(path.join(out, name));
    }
    await context.close();
  }
}
await browser.close();
