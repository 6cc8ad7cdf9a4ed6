import type { NotificationPreferences } from '@pintu/contract'

/**
 * Whether a choice sends SMS to an account that has no mobile number: the API then sends those
 * messages by email (see the contract), and the page says so rather than let the applicant wait
 * for texts that never come.
 */
export function smsGoesByEmail(choice: Pick<NotificationPreferences, 'channels'>, phone: string | null): boolean {
  return choice.channels !== 'email' && !phone
}

/** Whether the form differs from what was saved, so saving has something to do. */
export function hasChanged(saved: NotificationPreferences | null, form: NotificationPreferences): boolean {
  return !saved || saved.locale !== form.locale || saved.channels !== form.channels
}
