import type { Account, Me, Officer, OfficerRole, Role } from '@pintu/contract'
import type { UserRow, UserWithOffice } from './identity.repository.ts'

export function toAccount(user: UserWithOffice): Account {
  return {
    id: user.id,
    kind: user.kind,
    fullName: user.fullName,
    email: user.email,
    roles: user.roles as Role[],
    officeCode: user.officeCode,
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
