/** Bookmarks on the production build: persistence, tabs, export and import, a damaged stored value. */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { assertAccessible, type E2eTests, openPage, url } from './harness.ts';

const KEY = 'daily-papers:bookmarks';
const FIRST = {
  id: '2601.20614',
  title:
    'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation',
};
const SECOND = { id: '2601.20540', title: 'Advancing Open-source World Models' };

/** A paper's bookmark toggle, in the state given; waiting for it also waits for the bookmarks to load. */
function toggle(page: Page, title: string, pressed: boolean) {
  return page.getByRole('button', { name: `북마크: ${title}`, exact: true, pressed });
}

/** The header link, whose name carries the count: "북마크 (저장한 논문 2편)", or "북마크" for none. */
function headerLink(page: Page, count: number) {
  const name = count === 0 ? /^북마크$/ : new RegExp(`^북마크 ?\\(저장한 논문 ${count}편\\)$`);
  return page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name });
}

async function save(page: Page, title: string) {
  await toggle(page, title, false).click();
  await toggle(page, title, true).waitFor();
}

async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const all: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) all[key] = localStorage.getItem(key) ?? '';
    }
    return all;
  });
}

/**
 * Errors of a further page of a context (the harness's `watch` installs a binding, which
 * races with a navigation that starts at once; console errors and exceptions suffice here).
 */
function errorsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`[console.error] ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`[pageerror] ${error.message}`));
  return problems;
}

interface StoredValue {
  version: number;
  bookmarks: { id: string; title: string }[];
  removed?: Record<string, string>;
}

export const tests: E2eTests = {
  async 'a bookmark survives a reload and the header counts it'(ctx) {
    const { page, assertClean, close } = await openPage(ctx);
    await page.goto(url(ctx, '/'));
    await headerLink(page, 0).waitFor();
    await save(page, FIRST.title);
    await headerLink(page, 1).waitFor();

    await page.reload();
    await toggle(page, FIRST.title, true).waitFor();
    await headerLink(page, 1).waitFor();

    await headerLink(page, 1).click();
    await page.waitForURL(/\/bookmarks$/);
    await page.getByRole('heading', { level: 1, name: '북마크' }).waitFor();
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), [FIRST.title]);
    await toggle(page, FIRST.title, true).waitFor();
    await assertAccessible(page, 'the bookmarks page');

    // The paper's own page has the toggle too, and its bookmark lists with the same card.
    await page.goto(url(ctx, `/papers/${SECOND.id}`));
    await save(page, SECOND.title);
    await headerLink(page, 2).click();
    await page.waitForURL(/\/bookmarks$/);
    await page.locator('article h2').nth(1).waitFor();
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), [SECOND.title, FIRST.title]);
    assert.equal(await page.locator('article', { hasText: SECOND.title }).getByText('2위').count(), 1);
    assertClean();
    await close();
  },

  async 'two pages of one browser agree at once, and the last action wins'(ctx) {
    const { page: one, context, assertClean, close } = await openPage(ctx);
    const two = await context.newPage();
    const problems = errorsOf(two);
    await one.goto(url(ctx, '/'));
    await two.goto(url(ctx, '/'));
    await toggle(one, FIRST.title, false).waitFor();
    await toggle(two, FIRST.title, false).waitFor();

    await save(one, FIRST.title);
    await toggle(two, FIRST.title, true).waitFor();
    await headerLink(two, 1).waitFor();

    await toggle(two, FIRST.title, true).click();
    await toggle(one, FIRST.title, false).waitFor();
    await headerLink(one, 0).waitFor();

    await save(two, FIRST.title);
    await toggle(one, FIRST.title, true).waitFor();
    const value = JSON.parse((await stored(one))[KEY] ?? '') as StoredValue;
    assert.deepEqual(
      value.bookmarks.map((b) => b.id),
      [FIRST.id],
      'one entry, no duplicates',
    );
    assertClean();
    assert.deepEqual(problems, []);
    await close();
  },

  async 'an export imported into a fresh browser restores the list; a damaged file changes nothing'(ctx) {
    const sender = await openPage(ctx);
    await sender.page.goto(url(ctx, '/'));
    await save(sender.page, FIRST.title);
    await save(sender.page, SECOND.title);
    await headerLink(sender.page, 2).click();
    await sender.page.locator('article h2').first().waitFor();
    const [download] = await Promise.all([
      sender.page.waitForEvent('download'),
      sender.page.getByRole('button', { name: '내보내기' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^daily-papers-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    const dir = await mkdtemp(path.join(tmpdir(), 'bookmarks-e2e-'));
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as StoredValue;
    assert.equal(exported.version, 1);
    assert.deepEqual(
      exported.bookmarks.map((b) => b.id),
      [SECOND.id, FIRST.id],
    );
    sender.assertClean();
    await sender.close();

    const receiver = await openPage(ctx);
    const { page } = receiver;
    await page.goto(url(ctx, '/bookmarks'));
    await page.getByRole('heading', { name: '아직 북마크가 없습니다' }).waitFor();
    await assertAccessible(page, 'the empty bookmarks page');

    await page.getByLabel('가져오기', { exact: true }).setInputFiles(file);
    await page.getByText('가져오기 완료: 2편 추가, 0편은 이미 저장되어 있습니다.').waitFor();
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), [SECOND.title, FIRST.title]);
    await headerLink(page, 2).waitFor();

    // Importing the same file again adds nothing.
    await page.getByLabel('가져오기', { exact: true }).setInputFiles(file);
    await page.getByText('가져오기 완료: 0편 추가, 2편은 이미 저장되어 있습니다.').waitFor();

    const before = (await stored(page))[KEY];
    const damaged = path.join(dir, 'damaged.json');
    await writeFile(damaged, (await readFile(file, 'utf8')).slice(0, 120));
    await page.getByLabel('가져오기', { exact: true }).setInputFiles(damaged);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /올바른 JSON 파일이 아닙니다.*아무것도 바뀌지 않았습니다/);
    assert.equal((await stored(page))[KEY], before);
    assert.equal(await page.locator('article').count(), 2);

    await page.reload();
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), [SECOND.title, FIRST.title]);
    receiver.assertClean();
    await receiver.close();
  },

  async 'a bookmark whose paper left the archive is still listed, and says so'(ctx) {
    const { page, context, assertClean, close } = await openPage(ctx);
    const gone = {
      id: '2401.99999',
      title: 'A Paper That Left the Archive',
      date: '2024-01-15',
      savedAt: '2026-01-30T09:00:00.000Z',
      card: {
        id: '2401.99999',
        date: '2024-01-15',
        rank: 1,
        upvotes: 500,
        title: 'A Paper That Left the Archive',
        thumb: 'data/img/2401.99999.0123456789.jpg',
        preview: { ko: '예전 요약', en: 'An old summary' },
        file: 'data/papers/2401.99999.0123456789.json',
      },
    };
    // Saved without a snapshot (by an older version): its card comes from its day.
    const plain = { id: FIRST.id, title: FIRST.title, date: '2026-01-29', savedAt: '2026-01-29T09:00:00.000Z' };
    const value = JSON.stringify({ version: 1, bookmarks: [gone, plain], removed: {} });
    await context.addInitScript(
      ([key, text]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, text);
      },
      [KEY, value] as const,
    );
    await page.goto(url(ctx, '/bookmarks'));
    const note = page.getByText('이제 아카이브에 없는 논문입니다', { exact: false });
    await note.waitFor();
    const goneCard = page.locator('article', { hasText: gone.title });
    assert.equal(await goneCard.locator('h2 a').count(), 0, 'no link to a page that is not there');
    assert.equal(await goneCard.locator('img').count(), 0, 'no broken thumbnail');
    const firstCard = page.locator('article', { hasText: FIRST.title });
    await firstCard.locator('h2 a').waitFor();
    assert.match((await firstCard.locator('h2 a').getAttribute('href')) ?? '', /\/papers\/2601\.20614$/);

    // By upvotes: the snapshot's 500 before the day card's 92.
    await page.getByRole('button', { name: '추천 많은 순' }).click();
    await page.waitForURL(/sort=upvotes/);
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), [gone.title, FIRST.title]);
    await assertAccessible(page, 'bookmarks with a paper that left');

    // It can be removed like any other, and stays in view, unpressed, until the page is left.
    await toggle(page, gone.title, true).click();
    await toggle(page, gone.title, false).waitFor();
    await headerLink(page, 1).waitFor();
    assertClean();
    await close();
  },

  async 'with storage blocked, bookmarks work for the session and a notice says they will not be kept'(ctx) {
    const { page, context, assertClean, close } = await openPage(ctx);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(url(ctx, '/'));
    const notice = page.getByRole('status').filter({ hasText: '이 탭을 닫기 전까지만' });
    await notice.waitFor();
    await save(page, FIRST.title);
    await headerLink(page, 1).click();
    await page.waitForURL(/\/bookmarks$/);
    await page.locator('article h2').first().waitFor();
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), [FIRST.title]);
    assertClean();
    await close();
  },

  async 'a damaged stored value is backed up, reported, recovered, and the app keeps working'(ctx) {
    const { page, context, assertClean, close } = await openPage(ctx);
    // Cut short in the middle of the second bookmark, as a full disk or a crash might leave it.
    const raw =
      `{"version":1,"bookmarks":[{"id":"${SECOND.id}","title":"${SECOND.title}","date":"2026-01-29",` +
      `"savedAt":"2026-01-29T10:00:00.000Z"},{"id":"${FIRST.id}","title":"Harder Is`;
    await context.addInitScript(
      ([key, value]) => {
        // Only before the first load: a reload must see what the app made of it.
        if (sessionStorage.getItem('e2e-seeded') === null) {
          sessionStorage.setItem('e2e-seeded', '1');
          localStorage.setItem(key, value);
        }
      },
      [KEY, raw] as const,
    );
    await page.goto(url(ctx, '/'));

    const notice = page.getByRole('status').filter({ hasText: '손상' });
    await notice.waitFor();
    const all = await stored(page);
    const backups = Object.keys(all).filter((key) => key.startsWith(`${KEY}:backup:`));
    assert.equal(backups.length, 1, 'one backup key');
    const backupKey = backups[0] ?? '';
    assert.equal(all[backupKey], raw, 'the backup holds the raw value');
    assert.match(
      await notice.innerText(),
      new RegExp(`1편을 복구했고.*${backupKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    const repaired = JSON.parse(all[KEY] ?? '') as StoredValue;
    assert.equal(repaired.version, 1);
    assert.deepEqual(
      repaired.bookmarks.map((b) => b.id),
      [SECOND.id],
    );

    await toggle(page, SECOND.title, true).waitFor();
    await save(page, FIRST.title);
    await headerLink(page, 2).waitFor();
    await assertAccessible(page, 'home with a bookmark notice');
    await page.getByRole('button', { name: '알림 닫기' }).click();
    await notice.waitFor({ state: 'detached' });

    await page.reload();
    await toggle(page, FIRST.title, true).waitFor();
    await toggle(page, SECOND.title, true).waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: '손상' }).count(), 0);
    assert.equal((await stored(page))[backupKey], raw);
    assertClean();
    await close();
  },
};
