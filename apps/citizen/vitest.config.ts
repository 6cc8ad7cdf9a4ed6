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
  define: { __VUE_I18N_FULL_INSTALL__: false, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  test: {
    name: 'citizen',
    environment: 'happy-dom',
    // One DOM per worker, each file still in its own VM context: creating happy-dom for every file
    // was half of this project's time.
    pool: 'vmThreads',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/i18n/testSetup.ts'],
  },
})
