import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Which folder of src/ may import which, from the top down:
 *   main.tsx, boot.ts, entry-server.tsx, prerender/   entry points: start or render the app
 *   app/                                              routes, layout, providers: composes features
 *   features/<name>/                                  one feature each; never another feature
 *   lib, schema, config, components, hooks, i18n, api shared by all of the above
 * and beside them pipeline/, build-time Node code that reads only lib, schema and config and that
 * nothing shipped (nor the prerender's bundle) imports. Test files may import the pipeline to
 * build their fixtures with it; tests never ship.
 */
const SHARED = ['lib', 'schema', 'config', 'components', 'hooks', 'i18n', 'api'].map((dir) => `./src/${dir}`);
const ENTRIES = ['./src/main.tsx', './src/boot.ts', './src/entry-server.tsx', './src/prerender'];
// One zone per feature folder (a zone's exception cannot name "the importer's own feature"),
// read from disk so that a new feature is covered without editing this file.
const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature imports no other feature: src/app composes them, shared code goes below both.',
  })),
  {
    target: ['./src/features', ...SHARED],
    from: './src/app',
    message: 'Only the entry points import src/app.',
  },
  {
    target: SHARED,
    from: './src/features',
    message: 'Shared code imports no feature.',
  },
  {
    target: ['./src/app', './src/features', ...SHARED],
    from: ENTRIES,
    message: 'Nothing imports the entry points or the prerender.',
  },
  {
    target: ['./src/lib', './src/schema', './src/config'],
    from: ['./src/components', './src/hooks', './src/api', './src/i18n'],
    message: 'lib, schema and config stay plain code: the pipeline imports them.',
  },
  {
    target: './src/pipeline',
    from: './src',
    except: ['./pipeline', './lib', './schema', './config'],
    message: 'The pipeline imports only lib, schema and config.',
  },
];

const pipelineZone = {
  target: ['./src/app', './src/features', ...SHARED, ...ENTRIES],
  from: './src/pipeline',
  message: 'The pipeline is build-time Node code: nothing shipped, nor the prerender, imports it.',
};

const restrictedPaths = (zones) => ['error', { basePath: import.meta.dirname, zones }];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // import-x reads only .js files unless told otherwise (no-cycle follows the imports it reads).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Digest text is rendered as React elements, never as HTML.',
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': restrictedPaths([...layerZones, pipelineZone]) },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': restrictedPaths(layerZones) },
  },
  {
    // Playwright's fixtures hand their value to a callback named `use`, which is not React's.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
