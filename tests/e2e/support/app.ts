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

/** The paper cards' titles, in screen order. */
export function cardTitles(page: Page) {
  return page.getByRole('article').getByRole('heading', { level: 2 });
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
