import { createI18n } from 'vue-i18n'
import type { Messages } from './messages.ts'
import shellId from './shell.id.ts'

export type { Messages } from './messages.ts'

export const locales = ['id', 'en'] as const
export type Locale = (typeof locales)[number]

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value)
}

/**
 * Builds the i18n instance. The messages are precompiled at build time (@intlify/unplugin-vue-i18n,
 * see vite.config.ts) and vue-i18n is its runtime-only build, so no message compiler reaches the
 * phone. Only the Bahasa Indonesia shell (header, footer, home page) is in the first bundle; the
 * other pages' texts and English come on demand (`loadLocaleMessages`). Tests build their own
 * instances with every message (`createTestI18n` in testing.ts), so they never share state.
 */
export function createAppI18n(locale: Locale = 'id', messages: Partial<Record<Locale, Messages>> = {}) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    // Bahasa Indonesia is what fills a gap (the parity test says there is none).
    fallbackLocale: 'id',
    messages: { id: shellId, ...messages } as Record<Locale, Messages>,
    // Missing keys are a bug the parity test catches; no console noise in production.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  })
}

export const i18n = createAppI18n()

type Part = 'shell' | 'pages'
const loaders: Record<`${Locale}.${Part}`, () => Promise<{ default: object }>> = {
  'id.shell': async () => ({ default: shellId }),
  'id.pages': () => import('./pages.id.ts'),
  'en.shell': () => import('./shell.en.ts'),
  'en.pages': () => import('./pages.en.ts'),
}
const loaded = new Map<string, Promise<void>>([['id.shell', Promise.resolve()]])
/** Whether a page other than the home page was opened: its texts then load in every language chosen. */
let pagesWanted = false

function load(locale: Locale, part: Part): Promise<void> {
  const key = `${locale}.${part}` as const
  let done = loaded.get(key)
  if (!done) {
    done = loaders[key]().then(({ default: messages }) => {
      i18n.global.mergeLocaleMessage(locale, messages as Messages)
    })
    // A failed load (offline) is tried again next time.
    done.catch(() => loaded.delete(key))
    loaded.set(key, done)
  }
  return done
}

/** Makes sure `locale`'s texts are there: its shell, and its pages once any page beyond home was opened. */
export async function loadLocaleMessages(locale: Locale): Promise<void> {
  await Promise.all([load(locale, 'shell'), ...(pagesWanted ? [load(locale, 'pages')] : [])])
}

/** Loads the texts of the pages beyond the home page, in the current language (the router waits for it). */
export async function loadPageMessages(): Promise<void> {
  pagesWanted = true
  await load(i18n.global.locale.value, 'pages')
}
