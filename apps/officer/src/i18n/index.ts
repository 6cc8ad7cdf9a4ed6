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
export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'en',
  messages: { id, en },
})
