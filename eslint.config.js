// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Packages the pure layers (model, engine) may never import. */
const uiPackages = [
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'The pure core (model/engine) may not import React.' },
  { group: ['@xyflow/*', 'reactflow'], message: 'The pure core (model/engine) may not import React Flow.' },
  { group: ['zustand', 'zustand/*'], message: 'The pure core (model/engine) may not import zustand.' },
  { group: ['@tanstack/*'], message: 'The pure core (model/engine) may not import TanStack.' },
];
const layer = (folders, message) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/*`, `**/${f}/**`]),
  message,
});

export default tseslint.config(
  { ignores: ['dist', '.vite', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'public', 'src/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No .only in tests.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'src/canvas/**', 'src/ui/**', 'src/store/**', 'src/queries/**', 'src/actions/**', 'src/analysis/**', 'src/files/**', 'src/storage/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...uiPackages,
          layer(['engine', 'worker', 'store', 'queries', 'actions', 'canvas', 'ui', 'cli'], 'model/ imports nothing of ours above it.')],
      }],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...uiPackages,
          layer(['worker', 'store', 'queries', 'actions', 'canvas', 'ui', 'cli'], 'engine/ may import only model/.')],
      }],
    },
  },
  {
    files: ['src/worker/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...uiPackages,
          layer(['store', 'queries', 'actions', 'canvas', 'ui', 'cli'], 'worker/ may import only engine/ and model/.')],
      }],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...uiPackages, layer(['worker', 'store', 'queries', 'actions', 'canvas', 'ui'], 'cli/ may import only engine/ and model/.')],
      }],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer(['queries', 'actions', 'ui'], 'store/ may import model/ and canvas mapping only.')],
      }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
