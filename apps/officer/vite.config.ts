import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { stripRouteProse } from '../../packages/contract/build/strip-route-prose.mjs'
import { VitePWA } from 'vite-plugin-pwa'

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
    // An installable app whose shell (every built file) is precached by a Workbox service worker, so
    // the counter page opens and keeps intakes while the API cannot be reached (docs/api.md, "Loket
    // tanpa jaringan"). Nothing but the public catalogue from /api/ is cached: other answers hold
    // personal data and must be fresh. The registration is a deferred classic script
    // (registerSW.js), outside the first route's module graph and its budget.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      scope: '/officer/',
      base: '/officer/',
      includeAssets: ['pwa-192.png', 'pwa-512.png'],
      manifest: {
        id: '/officer/',
        name: 'Pintu · Back office',
        short_name: 'Pintu Kantor',
        description: 'Back office of the one-stop licensing service: work queue, counter intake (also offline)',
        lang: 'id',
        start_url: '/officer/loket',
        scope: '/officer/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d91',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        // History-mode routes (/officer/loket, /officer/work/…) open the cached shell when offline.
        navigateFallback: '/officer/index.html',
        navigateFallbackAllowlist: [/^\/officer\//],
        cleanupOutdatedCaches: true,
        // A new release takes over at once, and the first visit is controlled without a reload, so the catalogue the
        // Loket page fetches on that visit is already cached for the offline form.
        clientsClaim: true,
        skipWaiting: true,
        // The public catalogue (services, their forms and requirements: no personal data), so the counter's offline
        // form can offer them; fresh from the network whenever it answers.
        runtimeCaching: [
          {
            urlPattern: /\/api\/v1\/services(?:[/?]|$)/,
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'pintu-catalogue',
              networkTimeoutSeconds: 5,
              matchOptions: { ignoreVary: true },
              expiration: { maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 },
            },
          },
        ],
        // The officer SPA's largest chunks (the document viewer) are above Workbox's 2 MiB default only in dev.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
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
