import { createI18n } from 'vue-i18n'
import en from './en.ts'
import id from './id.ts'

export const locales = ['id', 'en'] as const
export type Locale = (typeof locales)[number]
export type MessageSchema = typeof id

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value)
}

// Bahasa Indonesia first (SPEC §11); English fills any gap.
/** Builds the i18n instance (as in the citizen SPA); the app uses the one below. */
export function createAppI18n(locale: Locale = 'id') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { id, en },
  })
}

export const i18n = createAppI18n()
