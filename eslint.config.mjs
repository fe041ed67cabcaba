import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'build/**', '.strapi/**', '.tmp/**', 'node_modules/**', 'types/generated/**', 'public/**', 'coverage/**', 'examples/*/src/generated/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      curly: ['error', 'all'],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/plugins/cchc/server/src/**/*.ts'],
    ignores: ['src/plugins/cchc/server/src/core/rows.ts', '**/__tests__/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query'][callee.object.property.name='db']",
          message: 'Read and write tables through rowsOf() (core/rows.ts), which types their rows.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  }
);
