import { defineConfig } from 'vitest/config'

// The end-to-end tests start real witness processes on loopback ports.
export default defineConfig({
  test: {
    name: 'witness',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
