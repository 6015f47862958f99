/** The app as the end-to-end tests see it: when a page is ready, and the parts of its cards. */
import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** Waits until the app has hydrated (or rendered) the page: it then sets `<html data-ready="true">`. */
export async function expectReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** Opens an address (relative to the project's site) and waits until the app is running. */
export async function gotoReady(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expectReady(page);
}

/**
 * Holds back the app's main module until the returned function is called: the page shows
 * and takes input, but the app cannot start.
 */
export async function holdApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Opens an address and waits until the app is running; says whether the app hydrated the
 * page the server sent (kept its elements) rather than drawing the page afresh, as it does
 * when that page is not the one for this address (see index.html's script).
 */
export async function gotoAndHydrate(page: Page, address: string): Promise<boolean> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as { servedMain?: Element | null }).servedMain = document.querySelector('main');
    });
  });
  await gotoReady(page, address);
  return page.evaluate(() => {
    const served = (window as { servedMain?: Element | null }).servedMain;
    return served !== null && served !== undefined && served === document.querySelector('main');
  });
}

/** The paper cards' titles, in screen order (a level 3 heading under a list's day headings). */
export function cardTitles(page: Page) {
  return page.getByRole('article').getByRole('heading');
}

/** The paper cards' upvotes, as their accessible text says them ("추천 92"), in screen order. */
export function cardUpvotes(page: Page) {
  return page.getByRole('article').getByText(/^추천 [\d,]+$/);
}

/** What `cardUpvotes` reads for these counts. */
export function upvotes(counts: number[]): string[] {
  return counts.map((count) => `추천 ${count}`);
}

/** The titles of the sample's latest day (2026-01-29), in digest order. */
export const LATEST_DAY_TITLES = [
  'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation',
  'Advancing Open-source World Models',
  'Innovator-VL: A Multimodal Large Language Model for Scientific Discovery',
  'DeepSeek-OCR 2: Visual Causal Flow',
  'Spark: Strategic Policy-Aware Exploration via Dynamic Branching for Long-Horizon Agentic Learning',
] as const;
