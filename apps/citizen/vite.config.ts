import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { precompress } from './vite-precompress.ts'

// Where `vite` (dev) and `vite preview` forward /api; the API's default port unless told otherwise.
const apiUrl = process.env.PINTU_API_URL ?? 'http://localhost:3000'

// The API serves the built dist/ at `/` with an SPA history fallback, so the base is the root.
export default defineConfig({
  base: '/',
  plugins: [
    vue({
      // Keep whitespace as HTML does: Prettier lays templates out across lines, and Vue's default
      // 'condense' would drop the space a line break stands for between inline elements.
      template: { compilerOptions: { whitespace: 'preserve' } },
    }),
    precompress(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    // vue-i18n feature flags: composition API only, no devtools; keeps the first route small.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { port: 5173, proxy: { '/api': apiUrl } },
})
