// ESLint flat config. The block on src/core/** is the architectural rule: the analysis core runs in
// Node, in the browser and in the CLI, so it may import neither `vscode` nor any Node built-in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// Bare names here; the `node:` prefixed forms are caught by the pattern below.
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith("_"));

export const coreRestrictedImports = {
  paths: ['vscode', ...nodeBuiltins].map((name) => ({
    name,
    message: 'src/core must stay pure: no vscode and no Node built-ins (it runs in the browser and the CLI too).',
  })),
  patterns: [{ group: ['node:*'], message: 'src/core must not import Node built-ins.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.host/**', '.notes/**', '.vscode-test/**', '**/*.js', '!esbuild.js', 'test/**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreRestrictedImports],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core must not use process.' },
        { name: 'Buffer', message: 'src/core must not use Buffer.' },
        { name: 'require', message: 'src/core must not use require.' },
        { name: '__dirname', message: 'src/core must not use __dirname.' },
      ],
    },
  },
  {
    files: ['esbuild.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
