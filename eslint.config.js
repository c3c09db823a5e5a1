// Lint rules for the whole repository: typescript-eslint's recommended set, strict about unused code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    files: ['web/assets/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', URL: 'readonly', window: 'readonly' } },
  },
  {
    files: ['bin/**', 'tests/run.ts', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
