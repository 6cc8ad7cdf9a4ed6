import { createI18n } from 'vue-i18n'
import { en } from './en.ts'
import { id, type Messages } from './id.ts'

export const locales = ['id', 'en'] as const
export type Locale = (typeof locales)[number]

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value)
}

/** Builds the i18n instance; tests make their own so they never share state. */
export function createAppI18n(locale: Locale = 'id') {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { id, en },
    // Missing keys are a bug the parity test catches; no console noise in production.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  })
}

export const i18n = createAppI18n()
