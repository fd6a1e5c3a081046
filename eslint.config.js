import tseslint from 'typescript-eslint';
import untrustedKeys from './scripts/eslint/untrusted-keys.js';
import importBoundaries from './scripts/eslint/import-boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Untrusted text (library items, prospect names, notes) must never become markup.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes or use textContent: never parse strings as HTML.' },
        { property: 'outerHTML', message: 'Build nodes or use textContent: never parse strings as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes or use textContent: never parse strings as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render strings as HTML.' },
        {
          selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: 'No eval under the extension CSP.',
        },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // No data string is ever a key of a plain object (issue 24): a persona "__proto__" counted in
    // `cells[key] ??= …` wrote Object.prototype[0] in the worker and broke every request. The rule
    // needs the types (see scripts/eslint/untrusted-keys.js for why), so the extension's sources are linted
    // with the project's tsconfig.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { nurture: untrustedKeys },
    rules: { 'nurture/no-untrusted-keys': 'error' },
  },
  {
    // The house's walls (docs/development.md, "Architecture"): content -/-> background, pages -/->
    // background, the contract imports no context, the domain no context and no browser API.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { house: importBoundaries },
    rules: { 'house/import-boundaries': 'error' },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser', 'indexedDB', 'localStorage', 'sessionStorage', 'fetch', 'document', 'window', 'navigator'].map((name) => ({
          name,
          message: 'The domain uses no browser API: take what it needs as an argument.',
        })),
      ],
    },
  },
);
