import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { stripRouteProse } from '../../packages/contract/build/strip-route-prose.mjs'

// The API serves the built SPA under /officer/ (with history fallback), so every asset URL and the
// router base carry that prefix. In development the API runs separately on port 3000.
export default defineConfig({
  base: '/officer/',
  plugins: [
    stripRouteProse(),
    vue({
      // Keep whitespace as HTML does: Prettier lays templates out across lines, and Vue's default
      // 'condense' would drop the space a line break stands for between inline elements.
      template: { compilerOptions: { whitespace: 'preserve' } },
    }),
    // As in the citizen SPA: the message files are compiled at build time and vue-i18n is its
    // runtime-only build, so no message compiler ships. Every message must be a literal in one of
    // these files' `export default` object.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/{id,en,*.id,*.en}.ts', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: true,
      dropMessageCompiler: true,
      strictMessage: true,
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // vue-i18n's feature flags: Composition API only (no legacy API), no devtools hooks in production.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
