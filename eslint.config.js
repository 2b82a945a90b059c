import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/permissions/catalog'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    rules: {
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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Graph data is attacker-controlled.' },
      ],
    },
  },
  {
    // Features never import each other; shared layers never import features.
    files: ['src/graph/**', 'src/auth/**', 'src/permissions/**', 'src/ui/**', 'src/changes/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/features/**'] }] },
  },
  {
    // The emulator and the console each derive their data from Microsoft's published data with their own
    // generator: neither imports the other (a mistake in one must not pass on both sides). Console unit tests
    // may start an emulator to run against; that is a test harness, not shared data. A separate rule from the
    // features boundary above, so the two restrictions add up instead of one replacing the other.
    files: ['emulator/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', 'src/**'], message: 'The emulator never imports the console (src/).' }] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/emulator/**', 'emulator/**'], message: 'The console never imports the emulator.' }] }] },
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
