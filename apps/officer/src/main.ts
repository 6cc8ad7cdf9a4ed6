import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { connectSession } from '@/api.ts'
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
connectSession({
  accessToken: () => session.accessToken,
  async refreshAfterExpiry() {
    const ok = await session.refresh()
    if (!ok) await router.push({ name: 'login', query: { expired: '1', redirect: router.currentRoute.value.fullPath } })
    return ok
  },
})

app.use(router)
app.mount('#app')
