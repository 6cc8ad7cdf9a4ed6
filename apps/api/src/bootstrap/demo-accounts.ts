import type { OfficerRole } from '@pintu/contract'
import { randomBytes } from 'node:crypto'
import type { Executor } from '../db/transaction.ts'
import type { IdentityRepository } from '../modules/identity/identity.repository.ts'
import { hashPassword } from '../modules/identity/password-hashing.ts'
import type { Office } from '../modules/offices/offices.repository.ts'

export type DemoAccountKey = OfficerRole | 'admin2' | 'applicant'
export type DemoAccounts = Record<
  DemoAccountKey,
  { email: string; password: string; fullName: string; roles: string[] }
>

/** One officer per role (two admins, for dual control) and one applicant. Names are fictional. */
const demoPeople: {
  key: DemoAccountKey
  fullName: string
  roles: string[]
  employeeNumber?: string
  nik?: string
  phone?: string
}[] = [
  { key: 'admin', fullName: 'Rina Kartika (Admin)', roles: ['admin'], employeeNumber: '198501012010012001' },
  { key: 'admin2', fullName: 'Dedi Supriadi (Admin)', roles: ['admin'], employeeNumber: '198602022011011002' },
  { key: 'frontdesk', fullName: 'Siti Nurhaliza (Loket)', roles: ['frontdesk'], employeeNumber: '199003032015022003' },
  {
    key: 'technical',
    fullName: 'Agus Permana (Tim Teknis)',
    roles: ['technical'],
    employeeNumber: '198804042012011004',
  },
  {
    key: 'approver',
    fullName: 'Yusuf Hidayat (Kepala Bidang)',
    roles: ['approver'],
    employeeNumber: '197505052000031005',
  },
  { key: 'signer', fullName: 'Evi Shaleha (Kepala Dinas)', roles: ['signer'], employeeNumber: '196806061990032006' },
  {
    key: 'treasurer',
    fullName: 'Lina Marlina (Bendahara)',
    roles: ['treasurer'],
    employeeNumber: '198707072011012007',
  },
  {
    key: 'supervisor',
    fullName: 'Bambang Sutrisno (Pengawas)',
    roles: ['supervisor'],
    employeeNumber: '197208081998031008',
  },
  {
    key: 'auditor',
    fullName: 'Hendra Gunawan (Inspektorat)',
    roles: ['auditor'],
    employeeNumber: '198109092005011009',
  },
  {
    key: 'applicant',
    fullName: 'Dewi Lestari',
    roles: ['applicant'],
    nik: '3273014508900001',
    phone: '+6281234567890',
  },
]

/** Creates the demo accounts with fresh random passwords; returns them so they can be shown once. */
export async function createDemoAccounts(
  ex: Executor,
  repo: IdentityRepository,
  office: Office,
  domain = 'demo.pintu.id',
): Promise<DemoAccounts> {
  const accounts = {} as DemoAccounts
  for (const person of demoPeople) {
    const password = `${person.key}-${randomBytes(6).toString('base64url')}`
    const email = `${person.key}@${domain}`
    await repo.insert(ex, {
      officeId: office.id,
      kind: person.key === 'applicant' ? 'applicant' : 'officer',
      fullName: person.fullName,
      email,
      roles: person.roles,
      passwordHash: await hashPassword(password),
      employeeNumber: person.employeeNumber ?? null,
      nik: person.nik ?? null,
      phone: person.phone ?? null,
    })
    accounts[person.key] = { email, password, fullName: person.fullName, roles: person.roles }
  }
  return accounts
}
