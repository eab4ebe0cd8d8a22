// Lint: typescript-eslint's recommended rules on the source, commands, tests and tools; formatting
// is prettier's job (npm run format:check), so no style rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      // Renderers write lines with the escaping writer's tagged templates: w.line`…${value}…`.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTaggedTemplates: true }],
      // Japanese text in comments and strings uses the ideographic space.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    // The launchers are CommonJS (bin/package.json), so they can hand V8 its code cache (bin/load-bundle.cjs).
    files: ['bin/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The TUI prints text through ./SafeText.tsx, whose children must be SafeText (escaped where built).
    files: ['src/render/tui/**'],
    ignores: ['src/render/tui/SafeText.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'ink', importNames: ['Text'], message: "Use ./SafeText.js: its text must be SafeText (src/text/safe-text.ts)." }] },
      ],
    },
  },
  {
    // localeCompare makes an ICU collator on its first call: ~6 ms of a run's CPU on Node 20 (issue 19).
    files: ['src/**', 'commands/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare']",
          message: 'Use compareText (src/text/compare.ts): localeCompare builds an ICU collator (~6 ms) on its first call.',
        },
      ],
    },
  },
  {
    // Tests reassign a frame variable between steps and shape fixtures loosely on purpose.
    files: ['tests/**'],
    rules: { 'no-useless-assignment': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
