import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { i18n } from '@/i18n/index.ts'
import { createAppRouter } from '@/router.ts'
import { mayMeasure, whenIdle } from '@/features/vitals/consent.ts'
import { connectSession } from '@/shared/sessionBridge.ts'
import { useLocaleStore } from '@/stores/locale.ts'
import { sessionBridgeOf, useSessionStore } from '@/stores/session.ts'
import '@/styles/base.css'
import '@/styles/layout.css'
import '@/styles/components.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
// The remembered language and <html lang> before the first render (English loads on demand).
await useLocaleStore().ready
// The API module reaches the session only through this bridge (no import cycle, api.ts stays lazy).
connectSession(sessionBridgeOf(useSessionStore()))
const router = createAppRouter()
app.use(router)
app.mount('#app')
// Real-user timings: nothing at all (not even the code) under Do-Not-Track or Global Privacy
// Control; otherwise loaded once the page is idle, outside the first route's JavaScript.
if (mayMeasure(navigator as Navigator & { globalPrivacyControl?: boolean }))
  void router.isReady().then(() => {
    const landing = router.currentRoute.value.name
    whenIdle(() => void import('@/features/vitals/reportVitals.ts').then((m) => m.reportVitals(landing)))
  })
