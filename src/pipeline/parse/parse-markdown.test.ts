/**
 * The parser leaves out the GFM constructs a text cannot contain, for speed: the trees must be
 * exactly full GFM's, on text that has each construct, on text that only nearly has it, and on
 * every digest the repo and the shared folder hold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();
const REPO = path.resolve(import.meta.dirname, '../../..');

const SAMPLES = {
  'email autolink': 'Write to someone@example.org, or to a.b+c@sub.example.co.kr.',
  'an @ that is no email': 'R1@0.7 and @handle and x@y are not addresses.',
  'www autolink': 'See www.example.com/path?x=1 and WWW.EXAMPLE.ORG.',
  'protocol autolink': 'Code: https://github.com/org/repo. (https://x.y/z)',
  'table with pipes': '| a | b |\n| - | :-: |\n| 1 | 2 |',
  'table without a pipe': 'Head\n:-\ncell',
  'a dash line that is no table': 'Head\n---\n\ntext - more -- text',
  footnote: 'Text[^1] and more.\n\n[^1]: The note.',
  'brackets that are no footnote': '[a] [b](https://x.y) [^ no] ^[x]',
  strikethrough: '~one~ and ~~two~~ and ~1.6M tokens~(BPO)',
  'task list': '- [ ] open\n- [x] done',
};

const digestFolders = [
  path.join(REPO, 'src/content/digests'),
  path.join(REPO, 'tests/fixtures/digests'),
  path.resolve(REPO, '../shared/corpus/real'),
  path.resolve(REPO, '../shared/seeds'),
].filter((dir) => existsSync(dir));

function digests(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:md|markdown|txt)$/i.test(file))
    .map((file) => path.join(dir, file));
}

describe('parseMarkdown', () => {
  it.each(Object.entries(SAMPLES))('gives full GFM’s tree for %s', (_, text) => {
    expect(parseMarkdown(text)).toEqual(gfm.parse(text));
  });

  it.each(digestFolders)('gives full GFM’s tree for every digest in %s', { timeout: 60_000 }, (dir) => {
    const files = digests(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n');
      expect(parseMarkdown(text), file).toEqual(gfm.parse(text));
    }
  });
});
