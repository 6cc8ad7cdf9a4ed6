import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { name: 'ui', include: ['src/**/*.test.ts'], environment: 'happy-dom', pool: 'vmThreads' },
})
