type Translate = (key: string) => string

const officerOrApplicant = new Set([
  'applicant',
  'frontdesk',
  'technical',
  'approver',
  'signer',
  'treasurer',
  'supervisor',
  'admin',
  'auditor',
])

/** Who acted, by role and never by name, as it reads inside a sentence ("oleh petugas loket"). */
export function actorLabel(role: string | null, t: Translate): string | null {
  if (!role) return null
  if (role === 'applicant') return t('labels.actor.applicant')
  if (role === 'system') return t('labels.actor.system')
  return officerOrApplicant.has(role) ? t(`labels.role.${role}`) : null
}
