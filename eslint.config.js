import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

const root = import.meta.dirname;
// Each folder under src/features is one screen; read at config load so a new feature is covered without an edit here.
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const SHARED_LAYERS = ['./src/graph', './src/auth', './src/permissions', './src/ui', './src/changes', './src/review', './src/hygiene', './src/provenance'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/permissions/catalog'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    rules: {
      // Per-session services a query function uses but that never change what it returns, so they stay out of
      // query keys. Accounts appear in keys by their homeAccountId, which identifies them.
      '@tanstack/query/exhaustive-deps': [
        'error',
        { allowlist: { variables: ['graph', 'pca', 'services'], types: ['GraphClient', 'IPublicClientApplication', 'AccountInfo'] } },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Graph data is attacker-controlled.' }],
    },
  },
  {
    // The layers docs/architecture.md draws, checked on resolved paths (so `../../users/x` counts as much as
    // `features/users/x`). Zones are relative to this file, not to the folder eslint runs in.
    files: ['src/**/*.{ts,tsx}', 'emulator/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x reads only .js files, so it would see no imports to follow in TypeScript.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: [`${root}/tsconfig.json`, `${root}/emulator/tsconfig.json`], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      // Runtime cycles only: import-x never follows `import type` (erased at build, so harmless at run time).
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features never import each other: move what both need into a shared layer (ui, graph, changes, permissions, auth).',
            })),
            {
              target: SHARED_LAYERS,
              from: './src/features',
              message: 'Shared layers (graph, auth, permissions, ui, changes, review, hygiene, provenance) never import a feature.',
            },
            { target: './src/graph', from: './src/changes', message: 'src/graph sits below the change engine: it never imports src/changes.' },
            {
              target: './src/graph',
              from: ['./src/auth/use-*.ts', './src/auth/**/*.tsx'],
              message: 'src/graph never imports auth React code (hooks and components); take a token provider instead.',
            },
            {
              // Every module under src except tests and the test helpers themselves (globs: src/main.tsx, then the folders).
              target: ['./src/!(*.test).{ts,tsx}', './src/!(test-support)/**/!(*.test).{ts,tsx}'],
              from: './src/test-support',
              message: 'src/test-support is test-only code: only tests (*.test.ts, *.test.tsx) import it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The emulator and the console each derive their data from Microsoft's published data with their own
    // generator: neither imports the other (a mistake in one must not pass on both sides). Console unit tests
    // may start an emulator to run against; that is a test harness, not shared data. A separate rule from the
    // features boundary above, so the two restrictions add up instead of one replacing the other.
    files: ['emulator/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**', 'src/**'], message: 'The emulator never imports the console (src/).' }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/emulator/**', 'emulator/**'], message: 'The console never imports the emulator.' }] },
      ],
    },
  },
  {
    files: ['emulator/**/*.ts', 'scripts/**', 'e2e/**', 'build/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
