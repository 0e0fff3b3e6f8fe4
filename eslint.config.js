// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (docs/architecture.md): imports only point down.
 * Each layer lists what it may NOT import. Relative imports are matched by regex because the
 * gitignore-style `patterns` cannot express "any number of ../ then main/".
 */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const builtinRegex = `^(node:.*|(${nodeBuiltins.map((m) => m.replace('/', '\\/')).join('|')})(\\/.*)?)$`;

/** @param {string} name @param {string} message */
const specifier = (name, message) => ({ name, message });
/** @param {string} regex @param {string} message */
const pattern = (regex, message) => ({ regex, message });

const NO_BUILTINS = pattern(builtinRegex, 'Node built-ins are not allowed in this layer.');
const NO_ELECTRON = specifier(
  'electron',
  'electron is only allowed in main/electron and main/preload.',
);
const NO_REACT = [
  specifier('react', 'React belongs to renderer/.'),
  specifier('react-dom', 'React belongs to renderer/.'),
];
const NO_MAIN = pattern('(^|/)main/', 'This layer may not import from main/.');
const NO_RENDERER = pattern('(^|/)renderer/', 'Only renderer/ may import renderer code.');
const NO_CLI = pattern('(^|/)cli/', 'main/cli is a leaf: nothing imports it.');
const NO_ELECTRON_LAYER = pattern('(^|/)electron/', 'main/electron is a leaf: nothing imports it.');
const NO_PRELOAD = pattern(
  '(^|/)preload/',
  'main/preload is bundled on its own: nothing imports it.',
);

/**
 * The renderer's rooms (docs/architecture.md): canvas, editor and shell meet only through
 * state/, state/ imports none of them, and none imports App.tsx, mount.tsx or main.tsx, which compose them.
 * @param {string[]} rooms
 */
const NO_ROOMS = (rooms) =>
  pattern(
    `(^|/)(${rooms.join('|')})(/|$)`,
    'canvas, editor and shell meet only through state/; state/ imports none of them.',
  );
const NO_TOP = pattern(
  '(^|/)(App|main|mount)(\\.tsx)?$',
  'App.tsx, mount.tsx and main.tsx compose the rooms: no room imports them.',
);
/** @param {string[]} files @param {any[]} paths @param {any[]} patterns */
const layer = (files, paths, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});
/**
 * A room of the renderer: what the renderer may not import, nor the other rooms.
 * @param {string} name @param {string[]} others
 */
const room = (name, others) =>
  layer(
    [`renderer/src/${name}/**/*.{ts,tsx}`],
    [NO_ELECTRON],
    [NO_BUILTINS, NO_MAIN, NO_ROOMS(others), NO_TOP],
  );

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'release/',
      'test-results/',
      'coverage/',
      'tests/fixtures/',
      'scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['main/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // A design-sized array spread into a call's arguments overflows the stack (the SVG of a
    // 20,000-device design did): loop, or use minOf/maxOf from shared/model.
    files: ['shared/**/*.ts', 'main/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement',
          message: 'No argument spreading in the core: a design-sized array overflows the stack.',
        },
      ],
    },
  },
  layer(
    ['shared/**/*.ts'],
    [NO_ELECTRON, ...NO_REACT],
    [NO_BUILTINS, NO_MAIN, NO_RENDERER, pattern('^@xyflow/', 'React Flow belongs to renderer/.')],
  ),
  layer(
    ['main/services/**/*.ts'],
    [NO_ELECTRON, ...NO_REACT],
    [NO_RENDERER, NO_CLI, NO_ELECTRON_LAYER, NO_PRELOAD],
  ),
  layer(
    ['main/cli/**/*.ts'],
    [NO_ELECTRON, ...NO_REACT],
    [NO_RENDERER, NO_ELECTRON_LAYER, NO_PRELOAD],
  ),
  layer(['main/electron/**/*.ts'], [...NO_REACT], [NO_RENDERER, NO_CLI, NO_PRELOAD]),
  layer(
    ['main/preload/**/*.ts'],
    [...NO_REACT],
    [
      NO_BUILTINS,
      NO_RENDERER,
      pattern('(^|/)(services|cli|electron)/', 'The preload may only use shared/ipc and electron.'),
      pattern('(^|/)shared/(?!ipc/)', 'The preload may only use shared/ipc and electron.'),
    ],
  ),
  layer(['renderer/**/*.{ts,tsx}'], [NO_ELECTRON], [NO_BUILTINS, NO_MAIN]),
  room('state', ['canvas', 'editor', 'shell']),
  room('canvas', ['editor', 'shell']),
  room('editor', ['canvas', 'shell']),
  room('shell', ['canvas', 'editor']),
);
