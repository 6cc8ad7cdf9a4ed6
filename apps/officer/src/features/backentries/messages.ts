import backEntryEn from '@/i18n/backEntry.en.ts'
import backEntryId from '@/i18n/backEntry.id.ts'
import { i18n, type MessageSchema } from '@/i18n/index.ts'

// Loaded with the counter page and the approvals page only (the first route keeps its budget).
i18n.global.mergeLocaleMessage('id', backEntryId as unknown as MessageSchema)
i18n.global.mergeLocaleMessage('en', backEntryEn as unknown as MessageSchema)

export { backEntryEn, backEntryId }
