/**
 * `npm run content:check -- <dir>` as a user runs it: the real CLI in a child process, on the
 * fixture folders in tests/fixtures/digests/.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.ts';

/** Relative to the repo, the CLI's working directory, which is also how it names files. */
const FIXTURES = 'tests/fixtures/digests';
const TIMEOUT = 60_000;

function checkFolder(dir: string) {
  return run('npx', ['tsx', 'src/pipeline/content-check.ts', dir]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('content:check CLI', () => {
  it(
    'exits 0 on a valid folder and prints one line per file with its date, language and paper count',
    async () => {
      const dir = `${FIXTURES}/site-valid`;
      const { code, stdout, stderr } = await checkFolder(dir);
      expect(code, stdout + stderr).toBe(0);
      const expected = [
        ['2026/01/2026-01-28.en.md', '2026-01-28', 'en', 2],
        ['2026/01/2026-01-28.md', '2026-01-28', 'ko', 2],
        ['2026/01/2026-01-29.md', '2026-01-29', 'ko', 1],
      ] as const;
      for (const [file, date, lang, papers] of expected) {
        const line = new RegExp(`^ok\\s+${escape(`${dir}/${file}`)}\\s+${date}\\s+${lang}\\s+${papers} papers$`, 'm');
        expect(stdout).toMatch(line);
      }
      // One line per digest file; the README is not one.
      expect(stdout.split('\n').filter((l) => l.endsWith(' papers'))).toHaveLength(expected.length);
      expect(stdout).not.toContain('README');
    },
    TIMEOUT,
  );

  it(
    'exits 1 on a folder with malformed files and prints file:line: message for every problem',
    async () => {
      const dir = `${FIXTURES}/site-broken`;
      const { code, stdout, stderr } = await checkFolder(dir);
      expect(code, stdout + stderr).toBe(1);
      const problems = [
        // No dated H1.
        ['no-dated-title.md', 1, /date/],
        // A paper heading without a link.
        ['several-problems.md', 3, /link/],
        // Upvotes "many".
        ['several-problems.md', 7, /"many"/],
      ] as const;
      for (const [file, line, message] of problems) {
        const prefix = `${dir}/${file}:${line}: `;
        const printed = stdout.split('\n').find((l) => l.startsWith(prefix));
        expect(printed, `no line starting with ${prefix} in:\n${stdout}`).toBeDefined();
        expect(printed).toMatch(message);
      }
      expect(stdout.split('\n').filter((l) => /^\S+:\d+: /.test(l))).toHaveLength(problems.length);
      // The valid file beside them is still checked.
      expect(stdout).toMatch(/fine\.md\s+2026-01-28\s+en\s+1 papers/);
    },
    TIMEOUT,
  );

  it(
    'exits 1 on a folder that does not exist with one line saying so, and no stack trace',
    async () => {
      const { code, stdout, stderr } = await checkFolder('tests/fixtures/digests/no-such-folder');
      expect(code, stdout + stderr).toBe(1);
      expect(stdout + stderr).toContain(
        'tests/fixtures/digests/no-such-folder:0: expected a folder of digests, found nothing there',
      );
      expect(stdout + stderr, 'a stack trace').not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );
});
