import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { stripRouteProse } from '../../packages/contract/build/strip-route-prose.mjs'
import { precompress } from './vite-precompress.ts'

// Where `vite` (dev) and `vite preview` forward /api; the API's default port unless told otherwise.
const apiUrl = process.env.PINTU_API_URL ?? 'http://localhost:3000'

// The API serves the built dist/ at `/` with an SPA history fallback, so the base is the root.
export default defineConfig({
  base: '/',
  plugins: [
    stripRouteProse(),
    vue({
      // Keep whitespace as HTML does: Prettier lays templates out across lines, and Vue's default
      // 'condense' would drop the space a line break stands for between inline elements.
      template: { compilerOptions: { whitespace: 'preserve' } },
    }),
    // The message files are compiled at build time and vue-i18n is aliased to its runtime-only
    // build, so the message compiler never ships (SPEC §11: the first route ≤ 60 KB gzipped).
    // Every message must be a literal in one of these files' `export default` object.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/{id,en,*.id,*.en}.ts', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
      strictMessage: true,
    }),
    precompress(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    // vue-i18n feature flags: composition API only, no devtools; keeps the first route small.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // Vue without the Options API: every component is `<script setup>` (the libraries too use setup()).
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No modulepreload polyfill in the first route: every browser that runs es2022 modules but lacks
    // <link rel=modulepreload> (Safari before 17, Firefox before 115) still loads the same modules,
    // only without fetching them ahead; the bytes go to every phone's first page instead.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Vue, the router, Pinia and vue-i18n in one chunk: every page needs them, and one file
        // compresses better than the handful the automatic split would make of them.
        codeSplitting: {
          groups: [
            { name: 'framework', test: /[\\/]node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/ },
            // The small modules every first page imports (the session, site facts, flash messages,
            // formats), in one chunk: a dozen files of 100–900 bytes each compress worse apart, and
            // cost a request each on a slow phone. Listed by name so that nothing lazy joins them;
            // a new first-route module only costs its own small chunk until it is added here.
            {
              name: 'shell',
              test: /src[\\/](stores[\\/]session|shared[\\/](format|flash|usePageTitle|sessionBridge)|features[\\/](applications[\\/]useApplicationStore|closures[\\/]closureNotice|office[\\/]chosenOffice|site[\\/](site|useSite)|account[\\/]sessionEnd))\.ts$|plugin-vue:export-helper/,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': apiUrl } },
})
