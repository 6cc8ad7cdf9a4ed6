import { defineConfig } from 'vitest/config'

// Black-box tests: the real server process, real HTTP, Debian's Chromium. Files run one at a
// time: each starts its own server and browser on a 2-core machine.
export default defineConfig({
  test: {
    name: 'e2e',
    include: [
      'e2e/**/*.test.ts',
      'deploy/**/*.test.ts',
      'house/**/*.test.ts',
      'support/**/*.test.ts',
      'bench/**/*.test.ts',
      'faults/**/*.test.ts',
      'bundle/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
