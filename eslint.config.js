// ESLint for the code (records in content/ have their own linter: `npm run lint:content`).
// Run with `npm run lint:code` (ESLint with zero warnings allowed, then knip); `npm test` runs it too.
// Every rule switched off or relaxed below says why beside it.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-subpath/**',
      'dist-fixture/**',
      'bench-out/**',
      '**/.astro/**', // types Astro generates (also inside the benchmark's bare project)
      'node_modules/**',
      'content/**',
      'tests/fixtures/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.stylistic,
  ...astro.configs['flat/recommended'],
  // Accessibility rules on the markup of .astro files (eslint-plugin-jsx-a11y-x, the fork that supports ESLint 10).
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      // Build code, scripts and tests run on Node; the few browser scripts are declared below.
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An unused variable is a finding; a leading underscore marks one kept on purpose (a skipped tuple slot, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Type-only imports stay visibly type-only (the code runs under Node's type stripping, which needs it).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Object shapes are written as `type` aliases or interfaces alike, often beside `z.infer` types; neither form is a bug.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // An empty arrow is how a test table says "nothing to do before checking this page".
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // A scrollable table is a focusable, labelled region so keyboard users can scroll it (axe: scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read raw record data (`r.data` is unknown to the loader) and page globals; the assertions check the shapes.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Code bundled for the browser (search and the NAP table): DOM globals, no Node ones.
    files: ['src/client/**/*.ts', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
