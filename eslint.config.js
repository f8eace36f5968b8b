// Lint rules, including the import boundaries of HOUSE-STYLE: data -> domain -> shared layers -> features -> app.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'filters',
  'timeline',
  'chart',
  'map',
  'details',
  'header',
  'notices',
  'data-io',
  'preferences',
  'stories',
  'playback',
];

// Each feature may import shared layers and itself, never a sibling feature: views meet in the store.
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features.filter((f) => f !== feature).map((f) => `@/features/${f}/**`),
            message: 'Features do not import each other; share through the store or src/ui.',
          },
          { group: ['@/app/**'], message: 'Features cannot import the app layer.' },
          { group: ['../*'], message: 'Use the @/ alias for imports outside this folder.' },
        ],
      },
    ],
  },
}));

// The layers below the shared ones, by what each may not import (resolved paths, so `@/` and
// relative imports alike): data is the bottom, and the domain knows no store, interface or view.
const layerZones = [
  {
    target: './src/data',
    from: ['./src/domain', './src/state', './src/ui', './src/features', './src/app'],
    message: 'src/data imports nothing above it.',
  },
  {
    target: './src/domain',
    from: ['./src/state', './src/ui', './src/features', './src/app'],
    message: 'src/domain imports no store, interface, view or app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'e2e/screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/{data,domain,state,ui,testing}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/**', '@/app/**'],
              message: 'Shared layers cannot import features or the app.',
            },
            { group: ['../*'], message: 'Use the @/ alias for imports outside this folder.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Which files the cycle rule reads (it follows only these), and `@/` resolved by tsconfig.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // Packages cannot import our modules back, so only our own files are followed.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // Tests index into fixtures they just built; a wrong index fails the test loudly anyway.
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.{js,ts}', 'e2e/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
