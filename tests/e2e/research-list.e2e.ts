/** Bookmarks as a research list: notes and tags, the filter, exports read back from the downloaded files. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { parse } from '@retorquere/bibtex-parser';
import { cardTitles } from './support/app.ts';
import { expect, test } from './support/test.ts';

const FIRST = {
  id: '2601.20614',
  title:
    'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation',
};
const SECOND = { id: '2601.20540', title: 'Advancing Open-source World Models' };
const NOTE = '보상 설계 비교용.\n3절의 난이도 가중치 & 50% 규칙을 다시 볼 것.';

async function save(page: Page, title: string) {
  await page.getByRole('button', { name: `북마크: ${title}`, exact: true, pressed: false }).click();
  await expect(page.getByRole('button', { name: `북마크: ${title}`, exact: true, pressed: true })).toBeVisible();
}

async function downloaded(page: Page, name: string, path: (d: Download) => string): Promise<[string, string]> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  const download = await downloading;
  const file = path(download);
  await download.saveAs(file);
  return [download.suggestedFilename(), await readFile(file, 'utf8')];
}

test('notes and tags on two bookmarks, filtered by tag, exported as BibTeX and Markdown', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await save(page, FIRST.title);
  await save(page, SECOND.title);
  await page.goto('bookmarks/');
  await expect(cardTitles(page)).toHaveText([SECOND.title, FIRST.title]);

  // A note, saved as typed; a tag on each, the second picked up again from the first.
  await page.getByRole('textbox', { name: `메모: ${FIRST.title}` }).fill(NOTE);
  await page.getByRole('combobox', { name: `태그 추가: ${FIRST.title}` }).fill('강화학습');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: `태그 추가: ${FIRST.title}` }).fill('to read');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: `태그 추가: ${SECOND.title}` }).fill('world models');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: `태그: ${FIRST.title}` }).getByRole('listitem')).toHaveText([
    /강화학습/,
    /to read/,
    '',
  ]);

  // Kept across a reload (written once typing paused).
  await page.reload();
  await expect(page.getByRole('textbox', { name: `메모: ${FIRST.title}` })).toHaveValue(NOTE);

  // Filter by tag, then by words of the note.
  const tags = page.getByRole('group', { name: '태그로 거르기' });
  await tags.getByRole('button', { name: /^강화학습/ }).click();
  await expect(page).toHaveURL(/[?&]tag=/);
  await expect(cardTitles(page)).toHaveText([FIRST.title]);
  await expect(page.getByText('2편 중 1편')).toBeVisible();
  await tags.getByRole('button', { name: '전체' }).click();
  await expect(cardTitles(page)).toHaveText([SECOND.title, FIRST.title]);
  await page.getByRole('searchbox', { name: '제목·메모에서 찾기' }).fill('난이도 가중치');
  await expect(cardTitles(page)).toHaveText([FIRST.title]);
  await page.getByRole('searchbox', { name: '제목·메모에서 찾기' }).fill('');
  await tags.getByRole('button', { name: /^강화학습/ }).click();

  // Export the filtered list as BibTeX, then everything as Markdown.
  await page.getByRole('button', { name: '내보내기' }).click();
  const menu = page.getByRole('region', { name: '내보내기 형식' });
  await expect(menu.getByRole('radio', { name: '거른 목록 1편' })).toBeChecked();
  const [bibName, bib] = await downloaded(page, 'BibTeX 내려받기', (d) => testInfo.outputPath(d.suggestedFilename()));
  expect(bibName).toMatch(/^daily-papers-bookmarks-\d{4}-\d{2}-\d{2}\.bib$/);
  await expect(menu.getByRole('status')).toHaveText(`BibTeX: 논문 1편을 ${bibName} 파일로 저장했습니다.`);
  const library = parse(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  expect(library.entries[0]?.fields).toMatchObject({
    eprint: FIRST.id,
    archiveprefix: 'arXiv',
    year: '2026',
    url: `https://arxiv.org/abs/${FIRST.id}`,
  });
  expect(library.entries[0]?.fields.keywords).toEqual(expect.arrayContaining(['강화학습', 'to read']));
  expect(library.entries[0]?.fields.note).toContain('3절의 난이도 가중치 & 50% 규칙');

  await menu.getByRole('radio', { name: '전체 2편' }).check();
  const [, markdown] = await downloaded(page, 'Markdown 내려받기', (d) => testInfo.outputPath(d.suggestedFilename()));
  expect(markdown).toContain(`## [${SECOND.title}](https://huggingface.co/papers/${SECOND.id})`);
  expect(markdown).toContain('## [Harder Is Better: Boosting Mathematical Reasoning');
  expect(markdown).toContain('- 태그: #강화학습 #to-read');
  expect(markdown).toContain('3절의 난이도 가중치 & 50% 규칙을 다시 볼 것.');
  expect(markdown).toMatch(/- 날짜: 2026-01-29 · 추천 \d+ · arXiv: \[2601\.20614\]/);
  await expect(menu.getByRole('status')).toHaveText(/Markdown: 논문 2편을 .*\.md 파일로 저장했습니다\./);
});

test.describe('a reading list shared by link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('two bookmarks shared, opened in a fresh browser, all added to its bookmarks', async ({ page, newContext }) => {
    await page.goto('./');
    await save(page, FIRST.title);
    await save(page, SECOND.title);
    await page.goto('bookmarks/');
    await expect(cardTitles(page)).toHaveText([SECOND.title, FIRST.title]);

    await page.getByRole('button', { name: '목록 공유' }).click();
    const panel = page.getByRole('region', { name: '목록 공유' });
    await panel.getByRole('textbox', { name: '목록 제목 (선택)' }).fill('이번 주 읽을 논문');
    await panel.getByRole('button', { name: '링크 만들어 복사' }).click();
    const shown = panel.getByRole('textbox', { name: '공유 링크' });
    await expect(shown).toHaveValue(/\/list\/\?l=[A-Za-z0-9_-]+&lang=ko$/);
    const url = await shown.inputValue();
    await expect(panel.getByRole('status')).toHaveText(`링크를 복사했습니다: 논문 2편, ${url.length}자.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // Someone else: a browser with nothing stored.
    const other = await (await newContext()).newPage();
    await other.goto(url);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('이번 주 읽을 논문');
    const papers = other.getByRole('list', { name: '목록의 논문' });
    await expect(papers.getByRole('heading', { level: 2 })).toHaveText([SECOND.title, FIRST.title]);
    await expect(papers.getByRole('listitem').first()).toContainText(/추천 \d+/);
    await other.getByRole('button', { name: '내 북마크에 모두 추가' }).click();
    await expect(other.getByRole('status').filter({ hasText: '편 추가' })).toHaveText(
      '2편 추가, 0편은 이미 있음. 북마크 보기',
    );
    // Again: nothing is added twice.
    await other.getByRole('button', { name: '내 북마크에 모두 추가' }).click();
    await expect(other.getByRole('status').filter({ hasText: '편 추가' })).toHaveText(
      '0편 추가, 2편은 이미 있음. 북마크 보기',
    );
    await other.getByRole('link', { name: '북마크 보기' }).click();
    await expect(cardTitles(other)).toHaveText([SECOND.title, FIRST.title]);
    await other.reload();
    await expect(cardTitles(other)).toHaveText([SECOND.title, FIRST.title]);

    // The same link in English summaries, after a hard reload.
    await other.goto(url.replace('lang=ko', 'lang=en'));
    await expect(other.getByRole('list', { name: '목록의 논문' }).getByRole('heading', { level: 2 })).toHaveText([
      SECOND.title,
      FIRST.title,
    ]);
    await expect(
      other.getByRole('group', { name: '요약 언어' }).getByRole('button', { name: 'English' }),
    ).toHaveAttribute('aria-pressed', 'true');

    // A link altered in the middle, or cut short, says so.
    const list = new URL(url).searchParams.get('l') ?? '';
    const altered = `${list.slice(0, 10)}${list[10] === 'A' ? 'B' : 'A'}${list.slice(11)}`;
    await other.goto(url.replace(list, altered));
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('목록을 열 수 없습니다');
    await expect(other.getByRole('alert')).toHaveText(/링크가 손상되었거나 바뀌었습니다/);
    await other.goto(url.replace(list, list.slice(0, 8)));
    await expect(other.getByRole('alert')).toHaveText(/링크가 중간에 잘렸습니다/);
  });
});
