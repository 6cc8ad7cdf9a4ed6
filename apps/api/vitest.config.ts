import { defineConfig } from 'vitest/config'

// API unit tests (src/**) and integration tests (test/**) against a real database: PGlite by
// default, PostgreSQL when DATABASE_URL is set. Each test file gets its own cloned database.
export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
