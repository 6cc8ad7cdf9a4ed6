import { createAppI18n, type Locale, type Messages } from './index.ts'
import pagesEn from './pages.en.ts'
import pagesId from './pages.id.ts'
import shellEn from './shell.en.ts'
import shellId from './shell.id.ts'

/** Every message of each language, whole (the app loads the parts on demand). */
export const idMessages: Messages = { ...shellId, ...pagesId }
export const enMessages: Messages = { ...shellEn, ...pagesEn }

/** An i18n instance with both languages loaded whole, for tests. */
export function createTestI18n(locale: Locale = 'id') {
  return createAppI18n(locale, { id: idMessages, en: enMessages })
}
