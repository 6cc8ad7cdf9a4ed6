import reportsEn from '@/i18n/reports.en.ts'
import reportsId from '@/i18n/reports.id.ts'
import { i18n, type MessageSchema } from '@/i18n/index.ts'

// The report pages' texts come with their chunk, as the counter's do (features/counter/messages.ts):
// only supervisors and auditors open them, and the first route has a budget (tests/bundle).
i18n.global.mergeLocaleMessage('id', reportsId as unknown as MessageSchema)
i18n.global.mergeLocaleMessage('en', reportsEn as unknown as MessageSchema)

export { reportsEn, reportsId }
