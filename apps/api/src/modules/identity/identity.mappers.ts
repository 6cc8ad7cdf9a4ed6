import type { Account, Me, Officer, OfficerRole, Role } from '@pintu/contract'
import type { UserRow, UserWithOffice } from './identity.repository.ts'

/**
 * The other offices an account may read: an auditor's configured scopes, else none. Taking the role
 * away also clears them (officers.usecases.ts); the role check keeps a stale row from counting.
 */
export function readOfficesOf(user: UserRow): string[] {
  return user.kind === 'officer' && user.roles.includes('auditor') ? (user.readOffices ?? []) : []
}

export function toAccount(user: UserWithOffice): Account {
  const readOffices = readOfficesOf(user)
  return {
    id: user.id,
    kind: user.kind,
    fullName: user.fullName,
    email: user.email,
    roles: user.roles as Role[],
    officeCode: user.officeCode,
    ...(readOffices.length && { readOffices }),
  }
}

/** Only the last four digits of the NIK ever leave the server after registration. */
export function maskNik(nik: string): string {
  return `${'•'.repeat(nik.length - 4)}${nik.slice(-4)}`
}

export function toMe(user: UserWithOffice): Me {
  return { account: toAccount(user), phone: user.phone, nikMasked: user.nik ? maskNik(user.nik) : null }
}

export function toOfficer(user: UserRow, pendingRoles: OfficerRole[] = []): Officer {
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    employeeNumber: user.employeeNumber ?? '',
    roles: user.roles as OfficerRole[],
    pendingRoles,
    onDuty: user.onDuty,
    active: user.deactivatedAt === null,
    createdAt: user.createdAt.toISOString(),
  }
}
