/** Importing BibTeX and arXiv id lists: the preview says what will happen; Cancel changes nothing, Apply does it. */
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility.ts';
import { expectReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

const KEY = 'daily-papers:bookmarks';
const FIRST = {
  id: '2601.20614',
  title:
    'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation',
};
const SECOND = { id: '2601.20540', title: 'Advancing Open-source World Models' };
const ELSEWHERE = { id: '2412.00001', title: 'A Paper From Before This Archive' };

const BIB = `% Exported by Zotero
@article{harder2026,
  title = {Harder Is Better},
  journal = {arXiv preprint arXiv:${FIRST.id}},
  note = {보상 설계 비교용 \\& 50\\% 규칙},
  year = {2026}
}
@misc{elsewhere,
  title = {${ELSEWHERE.title}},
  eprint = {${ELSEWHERE.id}v2},
  archivePrefix = {arXiv}
}
@book{knuth, title = {The Art of Computer Programming}}
`;

const IDS = [
  `https://arxiv.org/abs/${SECOND.id}v1`,
  `https://huggingface.co/papers/${FIRST.id}`,
  '',
  'not a paper',
].join('\n');

function choose(page: Page, name: string, text: string) {
  return page
    .getByLabel('가져오기', { exact: true })
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{"bookmarks":[]}') as { bookmarks: { id: string }[] }).bookmarks.map(
        (b) => b.id,
      ),
    KEY,
  );
}

test('a .bib and an id list: previewed, cancelled without a change, then applied', async ({ page }) => {
  await page.goto('bookmarks/');
  await expectReady(page);
  await expect(page.getByRole('heading', { name: '아직 북마크가 없습니다' })).toBeVisible();
  const input = page.getByLabel('가져오기', { exact: true });
  const preview = page.getByRole('region', { name: '가져오기 전에 확인' });
  const status = page.getByRole('status').filter({ hasText: /가져오기/ });

  // The .bib: previewed with the focus on it, then Esc cancels and nothing is stored.
  await choose(page, 'zotero.bib', BIB);
  await expect(preview).toBeFocused();
  await expect(preview).toContainText('zotero.bib · BibTeX');
  await expect(preview).toContainText('합칩니다: 2편 추가, 0편 갱신');
  await expect(preview).toContainText('추가되는 논문 중 1편은 이 아카이브에 없습니다.');
  await expect(preview).toContainText('arXiv 논문을 가리키지 않는 항목 1개는 건너뜁니다.');
  await expectAccessible(page, 'the import preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(status).toHaveText('가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.');
  await expect(input).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await expect(page.getByRole('heading', { name: '아직 북마크가 없습니다' })).toBeVisible();

  // Again, applied: both papers are listed, the one the archive lacks under its id, with the file's note.
  await choose(page, 'zotero.bib', BIB);
  await preview.getByRole('button', { name: '적용' }).click();
  await expect(status).toHaveText('가져오기 완료: 2편 추가, 0편은 이미 저장되어 있습니다.');
  const list = page.getByRole('list', { name: '북마크한 논문' });
  await expect(list.getByRole('article').filter({ hasText: FIRST.title })).toBeVisible();
  const elsewhere = list.getByRole('article').filter({ hasText: ELSEWHERE.title });
  await expect(elsewhere).toContainText(ELSEWHERE.id);
  // Never in this archive, so it did not leave it.
  await expect(elsewhere).toContainText('이 아카이브에 없는 논문입니다.');
  await expect(elsewhere).not.toContainText('이제 아카이브에 없는');
  await expect(elsewhere.getByRole('link', { name: 'arXiv에서 보기' })).toHaveAttribute(
    'href',
    `https://arxiv.org/abs/${ELSEWHERE.id}`,
  );
  await expect(page.getByRole('textbox', { name: `메모: ${FIRST.title}` })).toHaveValue('보상 설계 비교용 & 50% 규칙');
  expect(await storedIds(page)).toEqual([FIRST.id, ELSEWHERE.id]);

  // The id list: one new, one already saved, one line skipped. Cancel, then Apply.
  await choose(page, 'ids.txt', IDS);
  await expect(preview).toContainText('합칩니다: 1편 추가, 0편 갱신');
  await expect(preview).toContainText('1편은 이미 저장되어 있어 그대로 둡니다.');
  await expect(preview).toContainText('arXiv ID나 논문 링크가 아닌 줄 1개는 건너뜁니다.');
  await preview.getByRole('button', { name: '취소' }).click();
  await expect(status).toHaveText('가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.');
  expect(await storedIds(page)).toEqual([FIRST.id, ELSEWHERE.id]);

  await choose(page, 'ids.txt', IDS);
  await preview.getByRole('button', { name: '적용' }).click();
  await expect(status).toHaveText('가져오기 완료: 1편 추가, 1편은 이미 저장되어 있습니다.');
  await expect(list.getByRole('article').filter({ hasText: SECOND.title })).toBeVisible();
  expect(await storedIds(page)).toEqual([SECOND.id, FIRST.id, ELSEWHERE.id]);

  // Kept across a reload, the paper from elsewhere included.
  await page.reload();
  await expect(list.getByRole('article')).toHaveCount(3);
});

test('a file that is not one is refused with a reason, and nothing changes', async ({ page }) => {
  await page.goto('bookmarks/');
  await expectReady(page);
  await choose(page, 'notes.bib', '@book{knuth, title = {TAOCP}}');
  await expect(page.getByRole('alert')).toHaveText(
    /^이 BibTeX 파일에는 arXiv 논문을 가리키는 항목.*아무것도 바뀌지 않았습니다\.$/,
  );
  await expect(page.getByRole('region', { name: '가져오기 전에 확인' })).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});
