// Lint for the whole tree: typescript-eslint everywhere, react-hooks and jsx-a11y in the web app, and the
// architecture's import boundaries (README, "How it fits together") as `import-x/no-restricted-paths` zones, so a
// change that breaks the layering fails CI instead of waiting for a reviewer to notice.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = fileURLToPath(new URL('.', import.meta.url));
const folders = (dir) =>
  readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

/**
 * The server's feature folders and the features each may import (besides db/, lib/, plugins/, config).
 * Read top to bottom this is the layering `accounts ← spaces ← bookings ← {calendar ← mail, webhooks,
 * waitlist} ← {privacy, reports}`: a feature only imports features listed above it, so folders cannot form
 * a cycle. Integrations react to booking changes through the events app.ts wires, not by being imported.
 * A new feature folder must be added here (the config refuses to load otherwise).
 */
const serverFeatures = {
  accounts: [],
  audit: [],
  health: [],
  spaces: ['accounts'],
  bookings: ['accounts', 'spaces'],
  events: ['accounts', 'spaces', 'bookings'],
  calendar: ['accounts', 'spaces', 'bookings', 'events'],
  mail: ['accounts', 'spaces', 'bookings', 'events', 'calendar'],
  webhooks: ['accounts', 'spaces', 'bookings', 'events', 'calendar'],
  waitlist: ['accounts', 'spaces', 'bookings', 'calendar', 'mail'],
  reports: ['accounts', 'spaces', 'bookings', 'events'],
  surveys: ['accounts', 'spaces', 'bookings', 'events'],
  door: ['accounts', 'spaces', 'bookings', 'events'],
  privacy: ['accounts', 'spaces', 'bookings', 'events', 'calendar', 'mail', 'webhooks', 'waitlist', 'audit', 'door'],
};
const unlisted = folders('./server/src/features/').filter((f) => !(f in serverFeatures));
if (unlisted.length > 0)
  throw new Error(`eslint.config.js: add server feature(s) ${unlisted.join(', ')} to serverFeatures`);

const S = './server/src';
const serverZones = [
  // infrastructure never depends on features: lib, db and config are the bottom layer
  ...['lib', 'db', 'config.ts'].map((target) => ({
    target: `${S}/${target}`,
    from: [`${S}/features`, `${S}/plugins`, `${S}/seed`, `${S}/app.ts`],
    message: 'lib/, db/ and config.ts are the bottom layer: they never import features, plugins, seed or app.',
  })),
  {
    // scheduler.ts is where the background jobs are wired: the one plugin that may import features
    target: `${S}/plugins/!(scheduler).ts`,
    from: [`${S}/features`, `${S}/seed`, `${S}/app.ts`],
    message: 'plugins/ wire infrastructure; features are wired in app.ts (or plugins/scheduler.ts).',
  },
  ...Object.entries(serverFeatures).map(([feature, allowed]) => ({
    target: `${S}/features/${feature}`,
    from: `${S}/features`,
    except: [feature, ...allowed].map((f) => `./${f}`),
    message: `features/${feature} may import only ${allowed.length ? allowed.join(', ') : 'no other feature'} (see serverFeatures in eslint.config.js).`,
  })),
  {
    target: `${S}/features`,
    from: [`${S}/app.ts`, `${S}/server.ts`, `${S}/seed`],
    message: 'Features never import the wiring (app.ts, server.ts, seed/).',
  },
];

const W = './web/src';
const webFeatures = folders('./web/src/features/');
const webZones = [
  ...webFeatures.map((feature) => ({
    target: `${W}/features/${feature}`,
    from: `${W}/features`,
    except: [`./${feature}`],
    message: 'Web features never import each other: move what both need to components/ or lib/.',
  })),
  {
    target: [`${W}/components`, `${W}/lib`],
    from: [`${W}/features`, `${W}/app`],
    message: 'components/ and lib/ are shared by all features and never import a feature or the app.',
  },
  { target: `${W}/features`, from: `${W}/app`, message: 'Features never import the app (router, layout).' },
  {
    target: ['./shared/src'],
    from: ['./server', './web'],
    message: 'shared/ is the wire format used by both sides: it imports neither.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'data/',
      'coverage/',
      'artifacts/',
      'migrations/',
      'server/bench/profiles/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['server/tsconfig.json', 'web/tsconfig.json', 'shared/tsconfig.json', 'e2e/tsconfig.json'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...serverZones, ...webZones] }],
      // a feature's routes are its edge: other code uses its repositories and services, never its routes
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(\\.\\./)*[a-z-]+/routes(\\.js)?$',
              message: "Do not import another feature's routes.ts.",
            },
          ],
        },
      ],
      eqeqeq: ['error', 'smart'],
      // a double cast silences the type checker; give the value its real type (db/ has Db, Tx and rows())
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
          message: 'No `as unknown as`: type the value properly.',
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // a scrolling table is a focusable region so keyboard users can scroll it (axe: scrollable-region-focusable)
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      // our dialogs focus their safe (cancel) button on open, as the WAI-ARIA dialog pattern asks
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      'jsx-a11y/label-has-associated-control': ['error', { depth: 3 }],
    },
  },
  {
    // routes are the HTTP edge: queries belong to the feature's repositories (the one data-access seam)
    files: ['server/src/features/**/routes.ts', 'server/src/features/**/*-routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'Routes call repositories; queries live in *-repo.ts.' }],
          patterns: [
            {
              regex: '^\\.\\./(\\.\\./)*[a-z-]+/routes(\\.js)?$',
              message: "Do not import another feature's routes.ts.",
            },
            { regex: '/db/(schema|client)(\\.js)?$', message: 'Routes call repositories; queries live in *-repo.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**', 'e2e/**'],
    rules: {
      // tests assert on shapes they build on purpose
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
