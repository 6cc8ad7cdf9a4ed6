import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { i18n } from '@/i18n/index.ts'
import { createAppRouter } from '@/router.ts'
import { useLocaleStore } from '@/stores/locale.ts'
import '@/styles/base.css'
import '@/styles/layout.css'
import '@/styles/components.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
useLocaleStore() // applies the remembered language and <html lang> before the first render
app.use(createAppRouter())
app.mount('#app')
