// Lint rules, including the import boundaries of HOUSE-STYLE: shared layers -> features -> app.
import js from '@eslint/js';
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
    // Tests index into fixtures they just built; a wrong index fails the test loudly anyway.
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.{js,ts}', 'e2e/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
