/**
 * The hostile digest fixture (tests/fixtures/hostile/): script tags, event handlers,
 * `javascript:` and `data:` links, entities, over-long words, and here a 5 MB abstract
 * appended at run time (too big to keep in the repository).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/hostile/2026-02-01.md');
const FIVE_MB = 5 * 1024 * 1024;

export async function writeHostileDigests(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const sentence = '모델이 <b>긴</b> 초록을 읽습니다 & the model reads a long abstract. ';
  const paragraph = `${sentence.repeat(40)}\n\n`;
  const abstract = paragraph.repeat(Math.ceil(FIVE_MB / Buffer.byteLength(paragraph)));
  await writeFile(path.join(dir, '2026-02-01.md'), `${await readFile(FIXTURE, 'utf8')}${abstract}`);
  return dir;
}
