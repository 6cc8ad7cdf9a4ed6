import counterEn from '@/i18n/counter.en.ts'
import counterId from '@/i18n/counter.id.ts'
import { i18n, type MessageSchema } from '@/i18n/index.ts'

// The counter's texts (and the error codes only its routes answer) come with its page's chunk
// instead of the first download: the officer SPA's first route has a budget (tests/bundle), and
// only frontdesk officers open this page. Importing this module merges them, once, deeply: the
// `errors` groups gain keys and keep their own.
i18n.global.mergeLocaleMessage('id', counterId as unknown as MessageSchema)
i18n.global.mergeLocaleMessage('en', counterEn as unknown as MessageSchema)

export { counterEn, counterId }
