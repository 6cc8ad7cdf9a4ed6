/** The applicant's notification preferences (language and channels of the messages Pintu sends). */
import { NotificationPreferencesSchema } from '../notifications.ts'
import { defineRoute } from '../route.ts'

export const notificationRoutes = {
  preferences: defineRoute({
    method: 'GET',
    url: '/api/v1/me/notification-preferences',
    access: ['applicant'],
    schema: {
      summary: 'My notification preferences (applicants)',
      description:
        'The language and channels of the messages Pintu sends the calling applicant when an application is received, returned, decided, billed or issued. An account that never chose has the defaults: Bahasa Indonesia, email.',
      tags: ['notifications'],
      response: { 200: NotificationPreferencesSchema },
    },
  }),
  setPreferences: defineRoute({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    access: ['applicant'],
    schema: {
      summary: 'Set my notification preferences (applicants)',
      description:
        'Replaces the language and channels of the messages to the calling applicant; messages not sent yet follow the new choice of language. Recorded in the audit log.',
      tags: ['notifications'],
      body: NotificationPreferencesSchema,
      response: { 200: NotificationPreferencesSchema },
    },
  }),
}
