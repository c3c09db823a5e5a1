// Lint rules for the whole repository: typescript-eslint's recommended set, strict about unused code, and the layer order.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Where each layer's files are, bottom up: domain; db and platform; workflows; services; web and activities on top. */
const schichten = {
  domain: ['domain/**'],
  db: ['db/*.ts', 'db/!(demo)/**'],
  platform: ['platform/*.ts', 'platform/!(dev)/**'],
  workflows: ['workflows/**'],
  services: ['services/**'],
  activities: ['activities/**'],
  web: ['web/**'],
  'db/demo': ['db/demo/**'],
  'platform/dev': ['platform/dev/**'],
  bin: ['bin/**'],
};
/** What each layer must not import: everything above it (README, "Architecture"). */
const verboten = {
  domain: ['db', 'platform', 'workflows', 'services', 'activities', 'web', 'db/demo', 'platform/dev', 'bin'],
  db: ['platform', 'workflows', 'services', 'activities', 'web', 'db/demo', 'platform/dev', 'bin'],
  platform: ['workflows', 'services', 'activities', 'web', 'db/demo', 'platform/dev', 'bin'],
  workflows: ['db', 'platform', 'services', 'web', 'db/demo', 'platform/dev', 'bin'],
  services: ['activities', 'web', 'db/demo', 'platform/dev', 'bin'],
  activities: ['web', 'db/demo', 'platform/dev', 'bin'],
  web: ['activities', 'db/demo', 'platform/dev', 'bin'],
  'db/demo': ['workflows', 'services', 'activities', 'web', 'platform/dev', 'bin'],
};
const audiences = ['kunde', 'partner', 'mitarbeiter'];
const dort = (globs) => globs.map((glob) => `./${glob}`);

/** The layer order as import-x zones; workflows' type-only imports of activities are checked below. */
const schichtenRegeln = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        ...Object.entries(verboten).map(([schicht, oben]) => ({
          target: dort(schichten[schicht]),
          from: dort(oben.flatMap((ordner) => schichten[ordner])),
          message: `${schicht} may import only layers below it (README, "Architecture").`,
        })),
        ...audiences.map((audience) => ({
          target: [`./web/!(${audience})/**`],
          from: [`./web/${audience}/**`],
          message: 'No web folder imports an audience (only web/app.ts mounts them); share pages through web/portal/.',
        })),
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'tests/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } }),
      ],
    },
    rules: schichtenRegeln,
  },
  {
    files: ['workflows/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/activities/**'],
              allowTypeImports: true,
              message: 'Workflows import activities as types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/assets/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          ...['document', 'URL', 'window', 'navigator', 'history', 'File', 'FormData', 'DOMParser'],
          ...['XMLHttpRequest', 'createImageBitmap'],
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['web/assets/app/sw.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(['self', 'caches', 'fetch', 'URL', 'Response'].map((name) => [name, 'readonly'])),
    },
  },
  {
    files: ['bin/**', 'tests/run.ts', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
