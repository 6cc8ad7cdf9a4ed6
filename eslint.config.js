// The house rules the code can check itself (docs/architecture.md, "Rules the linter enforces").
// Formatting is Prettier's job (`prettier --check` in `pnpm lint`); module boundaries are
// dependency-cruiser's (.dependency-cruiser.cjs). This file keeps the code rules.
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Prettier wraps code at 120; this catches what it cannot wrap (comments, long identifiers chains). */
const lineLength = {
  '@stylistic/max-len': [
    'error',
    {
      code: 120,
      tabWidth: 2,
      // A user-facing sentence or a test's name reads better whole than cut in two.
      ignoreStrings: true,
      ignoreTemplateLiterals: true,
      ignoreRegExpLiterals: true,
      ignoreUrls: true,
    },
  ],
}

/** Only apps/api/src/config.ts reads the environment: everything else gets validated configuration. */
const noProcessEnv = {
  'no-restricted-properties': [
    'error',
    {
      object: 'process',
      property: 'env',
      message: 'Read configuration from config.ts, the only reader of process.env.',
    },
  ],
}

/** Server-side packages have no place in a browser bundle. */
const noServerPackagesInSpas = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['drizzle-orm', 'drizzle-orm/*', 'pg', 'fastify', '@fastify/*', '@electric-sql/*', 'node:*'],
          message: 'The SPAs run in the browser: talk to the API, never to the database or Node.',
        },
      ],
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/data/**',
      '**/coverage/**',
      '.test-results/**',
      '.tmp/**',
      '.cache/**',
      'apps/api/src/modules/documents/content-check.worker.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Vue's rules only where there is a template: on plain .ts files they cost time and find nothing.
  ...vue.configs['flat/recommended'].map((config) => ({ ...config, files: ['**/*.vue'] })),
  // Before the house rules: it turns off the formatting rules Prettier owns, max-len among them.
  prettier,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    // No rule here uses type information, so TypeScript need not parse JSDoc into its tree (a tenth
    // of the parse). A type-aware rule added later must set this back to 'type-info'.
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.vue'],
    languageOptions: { parserOptions: { jsDocParsingMode: 'none' } },
  },
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    plugins: { '@stylistic': stylistic },
    rules: {
      ...lineLength,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Non-null assertions after a check the compiler cannot follow (`rows[0]!`) are the house idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['apps/citizen/src/**', 'apps/officer/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...noServerPackagesInSpas, 'no-console': 'error' },
  },
  {
    files: ['apps/api/src/**', 'apps/witness/src/**', 'packages/*/src/**'],
    ignores: ['apps/api/src/config.ts', 'apps/witness/src/config.ts'],
    rules: noProcessEnv,
  },
  {
    // Command-line entry points and test tooling speak to a terminal.
    files: [
      'scripts/**',
      '**/scripts/**',
      'tests/**',
      '**/test/**',
      '**/*.test.ts',
      'apps/*/src/server.ts',
      'apps/*/src/cli.ts',
      'apps/*/src/cli/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read untyped JSON answers and build hostile inputs on purpose.
    files: ['tests/**', '**/test/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
