// The site's layers (README, Layout), held by a tool: content → components → islands → viz / ml → lib.
// Each block lists what one folder may not import; `npm run lint` (part of `npm test`) fails on a
// violation. Astro components are not linted here (their frontmatter imports only lib, viz and
// components; see the README's Layout).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** An import of one of the given src folders, by relative path or alias. */
const folder = (...names) => `^(?:(?:\\.\\./)+(?:src/)?|~)(?:${names.join('|')})(?:/|$)`;
const TFJS = { regex: '^@tensorflow/', message: 'only src/ml (and the workers in src/islands) may import tfjs' };
const D3 = { regex: '^d3-', message: 'only src/viz may import d3' };
const ASTRO = { regex: '^astro(?::|$|/)', message: 'src/lib is plain TypeScript: no astro imports' };
const TESTS = { regex: '^(?:\\.\\./)+tests/', message: 'code under src/ does not import the tests' };
const up = (names, why) => ({ regex: folder(...names), message: why });
/** One spelling: another folder of src is reached by its alias (tsconfig.json), never by ../ paths. */
const SPELLING = { regex: '^(?:\\.\\./)+(?:src/)?(?:lib|viz|ml|islands|styles|components)/', message: 'import another folder by its alias (~lib/…, ~viz/…, ~ml/…), declared in tsconfig.json' };

const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.astro/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: { 'no-control-regex': 'error' },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(TFJS, D3, ASTRO, TESTS, SPELLING, up(['viz', 'ml', 'islands', 'scripts'], 'src/lib is the bottom layer: it imports only src/lib')),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['src/viz/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(TFJS, TESTS, SPELLING, up(['ml', 'islands', 'scripts'], 'src/viz draws: it imports src/lib and src/viz only')) },
  },
  {
    files: ['src/ml/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(D3, TESTS, SPELLING, up(['viz', 'islands', 'scripts'], 'src/ml trains: it imports src/lib and src/ml only')) },
  },
  {
    files: ['src/islands/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(D3, TESTS, SPELLING, up(['scripts'], 'islands run in the browser: no build or bench scripts')) },
  },
  {
    files: ['src/scripts/**/*.ts', 'src/scripts/**/*.mjs'],
    rules: { 'no-restricted-imports': restrict(TESTS, up(['islands'], 'scripts run in Node: islands are browser entry points')) },
  },
);
