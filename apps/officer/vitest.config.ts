import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    vue({
      // Keep whitespace as HTML does: Prettier lays templates out across lines, and Vue's default
      // 'condense' would drop the space a line break stands for between inline elements.
      template: { compilerOptions: { whitespace: 'preserve' } },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    name: 'officer',
    environment: 'happy-dom',
    // One DOM per worker, each file still in its own VM context: creating happy-dom for every file
    // was half of this project's time.
    pool: 'vmThreads',
    include: ['src/**/*.test.ts'],
  },
})
