import { defineConfig } from 'vitest/config'

// Each workspace member has its own vitest.config.ts; the root only lists them.
export default defineConfig({
  test: {
    projects: [
      'packages/contract',
      'packages/catalogue',
      'packages/tlog',
      'packages/ui',
      'apps/api',
      'apps/witness',
      'apps/citizen',
      'apps/officer',
      'tests',
    ],
  },
})
