/** One Chromium for every browser figure of the run, launched when first needed. */
import type { Browser } from 'playwright-core';

let shared: Browser | null = null;

export async function sharedBrowser(): Promise<Browser> {
  if (shared === null) {
    const { launchChromium } = await import('../../tests/support/chromium.ts');
    shared = await launchChromium();
  }
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  const closing = shared;
  shared = null;
  await closing?.close().catch(() => undefined);
}
