import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'

/** Keeps document.title on "<page> — Pintu — DPMPTSP Kota Bandung", following the language. */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>) {
  const { t } = useI18n()
  watchEffect(() => {
    const page = toValue(title)
    document.title = page ? `${page} — ${t('app.titleSuffix')}` : t('app.titleSuffix')
  })
}
