/** Bookmarks on the production build: persistence, tabs, export and import, a damaged stored value. */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility.ts';
import { cardTitles } from './support/app.ts';
import { expect, test } from './support/test.ts';

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
  await expect(toggle(page, title, true)).toBeVisible();
}

/** Everything in the page's localStorage. */
function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const all: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) all[key] = localStorage.getItem(key) ?? '';
    }
    return all;
  });
}

interface StoredValue {
  version: number;
  bookmarks: { id: string; title: string }[];
  removed?: Record<string, string>;
}

/** The ids of the stored bookmarks, in order. */
async function storedIds(page: Page): Promise<string[]> {
  const value = JSON.parse((await stored(page))[KEY] ?? '{"bookmarks":[]}') as StoredValue;
  return value.bookmarks.map((bookmark) => bookmark.id);
}

test('a bookmark survives a reload and the header counts it', async ({ page }) => {
  await page.goto('./');
  await expect(headerLink(page, 0)).toBeVisible();
  await save(page, FIRST.title);
  await expect(headerLink(page, 1)).toBeVisible();

  await page.reload();
  await expect(toggle(page, FIRST.title, true)).toBeVisible();
  await expect(headerLink(page, 1)).toBeVisible();

  await headerLink(page, 1).click();
  await expect(page).toHaveURL(/\/bookmarks\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '북마크' })).toBeVisible();
  await expect(cardTitles(page)).toHaveText([FIRST.title]);
  await expect(toggle(page, FIRST.title, true)).toBeVisible();
  await expectAccessible(page, 'the bookmarks page');

  // The paper's own page has the toggle too, and its bookmark lists with the same card.
  await page.goto(`papers/${SECOND.id}/`);
  await save(page, SECOND.title);
  await headerLink(page, 2).click();
  await expect(page).toHaveURL(/\/bookmarks\/$/);
  await expect(cardTitles(page)).toHaveText([SECOND.title, FIRST.title]);
  await expect(page.getByRole('article').filter({ hasText: SECOND.title }).getByText('2위')).toHaveCount(1);
});

test('two pages of one browser agree at once, and the last action wins', async ({ page: one, context }) => {
  const two = await context.newPage();
  await one.goto('./');
  await two.goto('./');
  await expect(toggle(one, FIRST.title, false)).toBeVisible();
  await expect(toggle(two, FIRST.title, false)).toBeVisible();

  await save(one, FIRST.title);
  await expect(toggle(two, FIRST.title, true)).toBeVisible();
  await expect(headerLink(two, 1)).toBeVisible();

  await toggle(two, FIRST.title, true).click();
  await expect(toggle(one, FIRST.title, false)).toBeVisible();
  await expect(headerLink(one, 0)).toBeVisible();

  await save(two, FIRST.title);
  await expect(toggle(one, FIRST.title, true)).toBeVisible();
  await expect.poll(() => storedIds(one), 'one entry, no duplicates').toEqual([FIRST.id]);
});

test('an export imported into a fresh browser restores the list; a damaged file changes nothing', async ({
  page: sender,
  newContext,
}, testInfo) => {
  await sender.goto('./');
  await save(sender, FIRST.title);
  await save(sender, SECOND.title);
  await headerLink(sender, 2).click();
  await expect(cardTitles(sender)).toHaveText([SECOND.title, FIRST.title]);
  const downloading = sender.waitForEvent('download');
  await sender.getByRole('button', { name: '내보내기' }).click();
  await sender.getByRole('button', { name: 'JSON 백업 내려받기' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^daily-papers-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as StoredValue;
  expect(exported.version).toBe(2);
  expect(exported.bookmarks.map((b) => b.id)).toEqual([SECOND.id, FIRST.id]);

  const page = await (await newContext()).newPage();
  await page.goto('bookmarks/');
  await expect(page.getByRole('heading', { name: '아직 북마크가 없습니다' })).toBeVisible();
  await expectAccessible(page, 'the empty bookmarks page');

  const importInput = page.getByLabel('가져오기', { exact: true });
  const preview = page.getByRole('region', { name: '가져오기 전에 확인' });
  await importInput.setInputFiles(file);
  await expect(preview).toContainText('합칩니다: 2편 추가, 0편 갱신');
  await preview.getByRole('button', { name: '적용' }).click();
  await expect(page.getByText('가져오기 완료: 2편 추가, 0편은 이미 저장되어 있습니다.')).toBeVisible();
  await expect(cardTitles(page)).toHaveText([SECOND.title, FIRST.title]);
  await expect(headerLink(page, 2)).toBeVisible();

  // Importing the same file again adds nothing.
  await importInput.setInputFiles(file);
  await expect(preview).toContainText('합칩니다: 0편 추가, 0편 갱신');
  await expect(preview).toContainText('2편은 이미 저장되어 있어 그대로 둡니다.');
  await preview.getByRole('button', { name: '적용' }).click();
  await expect(page.getByText('가져오기 완료: 0편 추가, 2편은 이미 저장되어 있습니다.')).toBeVisible();

  const before = (await stored(page))[KEY];
  const damaged = testInfo.outputPath('damaged.json');
  await writeFile(damaged, (await readFile(file, 'utf8')).slice(0, 120));
  await importInput.setInputFiles(damaged);
  await expect(page.getByRole('alert')).toHaveText(/올바른 JSON 파일이 아닙니다.*아무것도 바뀌지 않았습니다/);
  expect((await stored(page))[KEY]).toBe(before);
  await expect(page.getByRole('article')).toHaveCount(2);

  await page.reload();
  await expect(cardTitles(page)).toHaveText([SECOND.title, FIRST.title]);
});

test('a bookmark whose paper left the archive is still listed, and says so', async ({ page, context }) => {
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
  await page.goto('bookmarks/');
  await expect(page.getByText('이제 아카이브에 없는 논문입니다', { exact: false })).toBeVisible();
  const goneCard = page.getByRole('article').filter({ hasText: gone.title });
  await expect(goneCard.getByRole('heading').getByRole('link'), 'no link to a page that is not there').toHaveCount(0);
  await expect(goneCard.locator('img'), 'no broken thumbnail').toHaveCount(0);
  const firstCard = page.getByRole('article').filter({ hasText: FIRST.title });
  await expect(firstCard.getByRole('heading').getByRole('link')).toHaveAttribute('href', /\/papers\/2601\.20614\/$/);

  // By upvotes: the snapshot's 500 before the day card's 92.
  await page.getByRole('button', { name: '추천 많은 순' }).click();
  await expect(page).toHaveURL(/sort=upvotes/);
  await expect(cardTitles(page)).toHaveText([gone.title, FIRST.title]);
  await expectAccessible(page, 'bookmarks with a paper that left');

  // It can be removed like any other, and stays in view, unpressed, until the page is left.
  await toggle(page, gone.title, true).click();
  await expect(toggle(page, gone.title, false)).toBeVisible();
  await expect(headerLink(page, 1)).toBeVisible();
});

test('with storage blocked, bookmarks work for the session and a notice says they will not be kept', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '이 탭을 닫기 전까지만' })).toBeVisible();
  await save(page, FIRST.title);
  await headerLink(page, 1).click();
  await expect(page).toHaveURL(/\/bookmarks\/$/);
  await expect(cardTitles(page)).toHaveText([FIRST.title]);
});

test('a damaged stored value is backed up, reported, recovered, and the app keeps working', async ({
  page,
  context,
}) => {
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
  await page.goto('./');

  const notice = page.getByRole('status').filter({ hasText: '손상' });
  await expect(notice).toBeVisible();
  const all = await stored(page);
  const backups = Object.keys(all).filter((key) => key.startsWith(`${KEY}:backup:`));
  expect(backups, 'one backup key').toHaveLength(1);
  const backupKey = backups[0] ?? '';
  expect(all[backupKey], 'the backup holds the raw value').toBe(raw);
  await expect(notice).toHaveText(new RegExp(`1편을 복구했고.*${backupKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const repaired = JSON.parse(all[KEY] ?? '') as StoredValue;
  expect(repaired.version).toBe(2);
  expect(repaired.bookmarks.map((b) => b.id)).toEqual([SECOND.id]);

  await expect(toggle(page, SECOND.title, true)).toBeVisible();
  await save(page, FIRST.title);
  await expect(headerLink(page, 2)).toBeVisible();
  await expectAccessible(page, 'home with a bookmark notice');
  await page.getByRole('button', { name: '알림 닫기' }).click();
  await expect(notice).toHaveCount(0);

  await page.reload();
  await expect(toggle(page, FIRST.title, true)).toBeVisible();
  await expect(toggle(page, SECOND.title, true)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '손상' })).toHaveCount(0);
  expect((await stored(page))[backupKey]).toBe(raw);
});
