// ESLint (npm run lint): JavaScript's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for .astro files (their frontmatter and <script>s included).
// Layout is Prettier's business (npm run format): eslint-config-prettier turns off the
// rules that would disagree with it.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  {
    // Build output and caches (as in .gitignore); the official text and the test fixtures are content, not code.
    ignores: ['dist/', '.astro/', '.cache/', '.build-*/', 'bench-results/', 'content/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The site's code runs at build time in Node and, in its <script>s, in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // A name starting with _ is unused on purpose (a default callback's parameter, a left-out property, a counting loop).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // An empty catch is how the code says "that failure is fine here" (storage blocked, a server not up yet).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The full-width space (U+3000) belongs to Chinese official-document layout: allowed in strings and templates, not in markup.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // `let { a, b } = …` where only some are reassigned stays one statement.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // Served as they are to every browser: plain scripts, not modules.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    // Written for old browsers too, where a catch must name its error even when it ignores it.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  prettier,
);
