/**
 * `npm run lint` rejects an import that goes the wrong way between the folders of src/ (see
 * the layers described in eslint.config.js), and lets the right ways through. Each case lints
 * a new file's text at a path in src/ through ESLint's Node API with the repository's config.
 *
 * Only the `import-x/` rules run, and without type information: the layer and cycle rules
 * read import paths and the files on disk, not types, and a TypeScript program for a file
 * that does not exist would cost seconds per case for nothing these rules look at.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.ts';

const eslint = new ESLint({
  cwd: REPO,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/'),
});

/**
 * The rule ids of the problems lint reports for a file at `filePath` (relative to the repo)
 * that re-exports `imported`. The rules only judge imports that resolve, so an imported file
 * that has moved away would let every case pass: that fails the case instead.
 */
async function problems(filePath: string, imported: string): Promise<string[]> {
  const target = path.resolve(REPO, path.dirname(filePath), imported);
  expect(existsSync(target), `${imported} from ${filePath} is a file`).toBe(true);
  return lint(filePath, `export * from '${imported}';\n`);
}

/** The rule ids of the problems lint reports for `code` saved at `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return (result?.messages ?? []).map((message) => `${message.severity === 2 ? 'error' : 'warn'} ${message.ruleId}`);
}

const RESTRICTED = 'error import-x/no-restricted-paths';
const TIMEOUT = 30_000;

describe('lint: the direction of imports between the folders of src/', () => {
  it.each([
    ['a feature importing another feature', 'src/features/search/new-file.ts', '../cards/components/paper-card.tsx'],
    ['a feature importing src/app', 'src/features/x/new-file.ts', '../../app/providers.tsx'],
    ['src/lib importing a feature', 'src/lib/new-file.ts', '../features/bookmarks/bookmarks.ts'],
    ['src/components importing src/app', 'src/components/new-file.tsx', '../app/card-item.tsx'],
    ['src/hooks importing a feature', 'src/hooks/new-file.ts', '../features/bookmarks/hooks/use-bookmarks.ts'],
    ['src/lib importing src/components', 'src/lib/new-file.ts', '../components/icons.tsx'],
    ['src/app importing the pipeline', 'src/app/new-file.ts', '../pipeline/search/emit-search.ts'],
    ['the prerender importing the pipeline', 'src/prerender/new-file.ts', '../pipeline/vite-plugin.ts'],
    ['the pipeline importing a feature', 'src/pipeline/new-file.ts', '../features/bookmarks/bookmarks.ts'],
    ['the pipeline importing src/components', 'src/pipeline/new-file.ts', '../components/icons.tsx'],
    ['src/app importing an entry point', 'src/app/new-file.ts', '../entry-server.tsx'],
  ])(
    'fails on %s',
    async (_case, file, imported) => {
      expect(await problems(file, imported)).toEqual([RESTRICTED]);
    },
    TIMEOUT,
  );

  it.each([
    ['a feature importing shared code', 'src/features/x/new-file.ts', '../../lib/format.ts'],
    ['a feature importing its own files', 'src/features/bookmarks/new-file.ts', './hooks/use-bookmarks.ts'],
    ['src/app importing a feature', 'src/app/new-file.ts', '../features/cards/components/paper-card.tsx'],
    ['shared code importing shared code', 'src/hooks/new-file.ts', '../api/root.ts'],
    ['the pipeline importing src/lib', 'src/pipeline/new-file.ts', '../lib/search-tokenize.ts'],
    [
      'a test building its fixture with the pipeline',
      'src/features/x/new-file.test.ts',
      '../../pipeline/search/emit-search.ts',
    ],
    ['an entry point importing src/app', 'src/new-file.tsx', './app/app.tsx'],
  ])(
    'passes %s',
    async (_case, file, imported) => {
      expect(await problems(file, imported)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'fails on an import cycle',
    async () => {
      // src/lib/preferences.ts imports src/lib/storage.ts: storage importing it back is a cycle.
      const code = `import { PREFERENCES_KEY } from './preferences.ts';\nexport const key = PREFERENCES_KEY;\n`;
      expect(await lint('src/lib/storage.ts', code)).toEqual(['error import-x/no-cycle']);
    },
    TIMEOUT,
  );
});
