import { Type, type Static } from 'typebox'

export const notificationLocales = ['id', 'en'] as const
export const notificationChannels = ['email', 'sms', 'both'] as const

/** How the applicant wants to hear of their applications (messages at each step that matters). */
export const NotificationPreferencesSchema = Type.Object(
  {
    locale: Type.Enum([...notificationLocales], {
      description: 'Language of the messages: `id` (Bahasa Indonesia, the default) or `en`',
    }),
    channels: Type.Enum([...notificationChannels], {
      description:
        'Where messages go: `email` (the default), `sms` (to the mobile number on the account; by email when there is none) or `both`',
    }),
  },
  { additionalProperties: false },
)
export type NotificationPreferences = Static<typeof NotificationPreferencesSchema>
