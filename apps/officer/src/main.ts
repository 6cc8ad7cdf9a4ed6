import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { connectSession } from '@/api.ts'
import { createSessionRecovery } from '@/features/auth/sessionRecovery.ts'
import { i18n } from '@/i18n/index.ts'
import { router } from '@/router.ts'
import { useLocaleStore } from '@/stores/locale.ts'
import { useSessionStore } from '@/stores/session.ts'
import '@/styles/index.css'

const app = createApp(App)
// Pinia first: the router's guard reads the session store.
app.use(createPinia())
app.use(i18n)
useLocaleStore()

const session = useSessionStore()
connectSession({ accessToken: () => session.accessToken, refreshAfterExpiry: createSessionRecovery(session, router) })

app.use(router)
app.mount('#app')
