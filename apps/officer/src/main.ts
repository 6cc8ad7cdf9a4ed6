import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { createSessionRecovery } from '@/features/auth/sessionRecovery.ts'
import { i18n } from '@/i18n/index.ts'
import { createAppRouter } from '@/router.ts'
import { connectSession } from '@/shared/sessionBridge.ts'
import { useLocaleStore } from '@/stores/locale.ts'
import { useSessionStore } from '@/stores/session.ts'
import '@/styles/index.css'

const app = createApp(App)
// Pinia first: the router's guard reads the session store.
app.use(createPinia())
app.use(i18n)
useLocaleStore()

const router = createAppRouter()
const session = useSessionStore()
// The API module reaches the session only through this bridge (no import cycle).
connectSession({ accessToken: () => session.accessToken, refreshAfterExpiry: createSessionRecovery(session, router) })

app.use(router)
app.mount('#app')
