/** The reading experience on the production build: home, days, sorting, paper, languages, links. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, type E2eTests, gotoReady, openPage, url } from './harness.ts';

const SEED_TITLES = [
  'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation',
  'Advancing Open-source World Models',
  'Innovator-VL: A Multimodal Large Language Model for Scientific Discovery',
  'DeepSeek-OCR 2: Visual Causal Flow',
  'Spark: Strategic Policy-Aware Exploration via Dynamic Branching for Long-Horizon Agentic Learning',
];

function cardTitles(page: Page): Promise<string[]> {
  return page.locator('article h2').allInnerTexts();
}

/** Upvotes of the cards in screen order, read from their accessible text ("추천 92"). */
async function cardUpvotes(page: Page): Promise<number[]> {
  const texts = await page
    .locator('article')
    .evaluateAll((articles) => articles.map((a) => a.querySelector('.sr-only')?.textContent ?? ''));
  return texts.map((t) => Number(t.replace(/[^\d]/g, '')));
}

export const tests: E2eTests = {
  async 'home shows the five papers of the latest day'(ctx) {
    const { page, assertClean, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/'));
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await cardTitles(page), SEED_TITLES);
    assert.match(await page.locator('h1').innerText(), /^2026년 1월 29일/);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    await assertAccessible(page, 'home');
    assertClean();
    await close();
  },

  async 'sorting by upvotes is kept in the URL and survives a reload'(ctx) {
    const { page, assertClean, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/archive'));
    await page.locator('article h2').first().waitFor();
    const digestOrder = await cardUpvotes(page);
    assert.deepEqual(digestOrder, [92, 64, 52, 23, 12, 18, 14, 7, 73, 36, 34]);
    await page.getByRole('button', { name: '추천 많은 순' }).click();
    await page.waitForURL(/sort=upvotes/);
    await page.waitForFunction(() => document.querySelector('article .sr-only')?.textContent === '추천 92');
    await page.waitForFunction(() => document.querySelectorAll('article').length === 11);
    assert.deepEqual(await cardUpvotes(page), [92, 73, 64, 52, 36, 34, 23, 18, 14, 12, 7]);
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await cardUpvotes(page), [92, 73, 64, 52, 36, 34, 23, 18, 14, 12, 7]);
    assert.equal(await page.getByRole('button', { name: '추천 많은 순' }).getAttribute('aria-pressed'), 'true');
    assertClean();
    await close();
  },

  async 'the seed day sorted by upvotes reads 92, 64, 52, 23, 12'(ctx) {
    const { page, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/days/2026-01-29?sort=upvotes'));
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await cardUpvotes(page), [92, 64, 52, 23, 12]);
    await close();
  },

  async 'previous and next day links move through the archive'(ctx) {
    const { page, assertClean, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/days/2026-01-29?sort=upvotes'));
    await page.getByRole('link', { name: /이전 날/ }).click();
    await page.waitForURL(/\/days\/2025-11-14\?sort=upvotes/);
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await cardUpvotes(page), [18, 14, 7]);
    await page.getByRole('link', { name: /이전 날/ }).click();
    await page.waitForURL(/\/days\/2025-11-13/);
    await page.getByRole('link', { name: /다음 날/ }).click();
    await page.waitForURL(/\/days\/2025-11-14/);
    await assertAccessible(page, 'a day');
    assertClean();
    await close();
  },

  async 'a paper opens from its card and switches between Korean and English'(ctx) {
    const { page, assertClean, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/'));
    await page.getByRole('link', { name: SEED_TITLES[3] }).click();
    await page.waitForURL(/\/papers\/2601\.20552$/);
    await page.getByRole('heading', { level: 1, name: SEED_TITLES[3] }).waitFor();
    await page.getByRole('heading', { name: '요약' }).waitFor();
    const abstract = page.locator('section', { has: page.getByRole('heading', { name: '초록 (번역)' }) });
    assert.equal(await abstract.locator('p').count(), 2, 'paper 4 keeps its two abstract paragraphs');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForURL(/\/papers\/2601\.20552\/en$/);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed'), 'true');

    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await page.waitForURL(/\/papers\/2601\.20552$/);
    await page.getByRole('heading', { name: '요약' }).waitFor();
    await assertAccessible(page, 'a paper');
    assertClean();
    await close();
  },

  async 'a copied deep link opens the same paper, language and sort in a fresh browser'(ctx) {
    const sender = await openPage(ctx, { permissions: ['clipboard-read', 'clipboard-write'] });
    await gotoReady(sender.page, url(ctx, '/papers/2601.20540'));
    await sender.page.getByRole('button', { name: 'English', exact: true }).click();
    await sender.page.getByRole('heading', { name: 'Summary' }).waitFor();
    await sender.page
      .getByRole('button', { name: /링크 공유/ })
      .first()
      .click();
    await sender.page.getByText('링크를 복사했습니다').waitFor();
    const paperLink = await sender.page.evaluate(() => navigator.clipboard.readText());
    assert.match(paperLink, /\/papers\/2601\.20540\/en$/);

    await gotoReady(sender.page, url(ctx, '/archive?sort=upvotes'));
    await sender.page.getByRole('button', { name: '이 화면 링크 공유' }).click();
    const viewLink = await sender.page.evaluate(() => navigator.clipboard.readText());
    // The sender chose English on the paper: that is remembered, and the view link says so.
    assert.match(viewLink, /\/archive\?sort=upvotes&lang=en$/);
    sender.assertClean();
    await sender.close();

    const receiver = await openPage(ctx, { locale: 'ko-KR' });
    await gotoReady(receiver.page, paperLink);
    await receiver.page.getByRole('heading', { name: 'Summary' }).waitFor();
    assert.equal(await receiver.page.locator('h1').innerText(), 'Advancing Open-source World Models');
    await gotoReady(receiver.page, viewLink);
    await receiver.page.locator('article h2').first().waitFor();
    assert.deepEqual((await cardUpvotes(receiver.page)).slice(0, 3), [92, 73, 64]);
    receiver.assertClean();
    await receiver.close();
  },

  async 'a deep link survives a hard reload'(ctx) {
    const { page, assertClean, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/papers/2601.20614/en'));
    await page.getByRole('heading', { name: 'Abstract' }).waitFor();
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'Abstract' }).waitFor();
    const abstract = page.locator('section', { has: page.getByRole('heading', { name: 'Abstract' }) });
    assert.equal(await abstract.locator('p').count(), 3, 'paper 1 keeps its three abstract paragraphs');
    assertClean();
    await close();
  },

  async 'a paper without text in the chosen language says so and offers the other'(ctx) {
    const { page, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/papers/2511.10647?lang=en'));
    await page
      .getByText('This paper has no English summary.')
      .or(page.getByText('이 논문에는 English 요약이 없습니다.'))
      .waitFor();
    await page
      .getByRole('button', { name: /한국어/ })
      .last()
      .click();
    await page.getByRole('heading', { name: '요약' }).waitFor();
    await close();
  },

  async 'unknown paper ids, days and paths get a not-found page with a way back'(ctx) {
    const { page, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/papers/9999.99999'));
    await page.getByRole('heading', { name: '찾을 수 없음' }).waitFor();
    assert.match(await page.locator('main').innerText(), /9999\.99999/);
    await assertAccessible(page, 'not found');
    await page.getByRole('link', { name: '최신 다이제스트로 가기' }).click();
    await page.locator('article h2').first().waitFor();

    await gotoReady(page, url(ctx, '/days/2020-01-01'));
    await page.getByRole('heading', { name: '찾을 수 없음' }).waitFor();
    await gotoReady(page, url(ctx, '/no/such/page'));
    await page.getByRole('heading', { name: '찾을 수 없음' }).waitFor();
    await close();
  },

  async 'the interface language is the link’s until the reader picks one, which is remembered'(ctx) {
    // An English browser opens a Korean page as the sender saw it, and an English link in English.
    const { page, close, assertClean } = await openPage(ctx, { locale: 'en-US' });
    await gotoReady(page, url(ctx, '/'));
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    await page.getByRole('link', { name: '날짜별', exact: true }).waitFor();
    await gotoReady(page, url(ctx, '/papers/2601.20614/en'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('link', { name: 'Days', exact: true }).waitFor();

    await gotoReady(page, url(ctx, '/'));
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.locator('h1').innerText(), /January 29, 2026/);
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.locator('h1').innerText(), /January 29, 2026/);
    assertClean();
    await close();
  },

  async 'a prerendered page that does not match the reader’s choices is never shown before the app redraws it'(ctx) {
    const { page, context, close } = await openPage(ctx);
    await context.addInitScript(() => {
      localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ui: 'en', summary: null, theme: null }));
    });
    // Without the app's code, the Korean page this reader would see switch to English stays hidden.
    await context.route('**/assets/*.js', (route) => route.abort());
    await page.goto(url(ctx, '/'));
    const visibility = () => page.locator('#root').evaluate((root) => getComputedStyle(root).visibility);
    assert.equal(await visibility(), 'hidden');
    // … for 3 s at most: a page whose code never arrives is shown anyway.
    await page.waitForFunction(
      () => getComputedStyle(document.getElementById('root') as Element).visibility === 'visible',
    );
    // A reader with no stored choices sees the prerendered page at once.
    const fresh = await openPage(ctx);
    await fresh.context.route('**/assets/*.js', (route) => route.abort());
    await fresh.page.goto(url(ctx, '/'));
    assert.equal(await fresh.page.locator('#root').evaluate((root) => getComputedStyle(root).visibility), 'visible');
    await fresh.close();
    await close();
  },

  async 'at 360 px the grid is one column with no horizontal scrolling'(ctx) {
    const { page, close } = await openPage(ctx, { viewport: { width: 360, height: 800 } });
    await gotoReady(page, url(ctx, '/'));
    await page.locator('article h2').first().waitFor();
    const lefts = await page
      .locator('article')
      .evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().left)));
    assert.equal(new Set(lefts).size, 1, 'every card starts at the same x: one column');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal overflow');
    await close();
  },

  async 'the whole app works with the keyboard alone'(ctx) {
    const { page, close } = await openPage(ctx);
    await gotoReady(page, url(ctx, '/'));
    await page.locator('article h2').first().waitFor();
    // Tab to the first card's title link and open it with Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === SEED_TITLES[0]) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/papers\/2601\.20614/);
    await close();
  },
};
