import tseslint from 'typescript-eslint';
import untrustedKeys from './scripts/eslint/untrusted-keys.js';

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
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval under the extension CSP.' },
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
);
