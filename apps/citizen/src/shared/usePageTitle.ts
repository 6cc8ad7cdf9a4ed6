import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import { useSite } from '@/features/site/useSite.ts'

/**
 * Keeps document.title on "<page> — Pintu — DPMPTSP Kota Bandung", following the language and the
 * office that answers (a tab of each office, side by side, says which is which).
 */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>) {
  const { t } = useI18n()
  const { site } = useSite()
  watchEffect(() => {
    const page = toValue(title)
    const office = site.value?.office.shortName
    const suffix = office ? `${t('app.name')} — ${office}` : t('app.name')
    document.title = page ? `${page} — ${suffix}` : suffix
  })
}
