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

/**
 * What makes one office's demo accounts unique in the deployment (emails, NIPs and NIKs are unique
 * across it). The default office keeps the names the README shows (`admin@demo.pintu.id`); every
 * other office's are derived from its BPS code, which is unique, so they never collide whichever
 * office is the default or when an office is added later: `admin@7371.demo.pintu.id`, NIPs with
 * the code where the appointment month is, NIKs in a district `<BPS code>02` no real one uses here.
 */
export interface DemoVariant {
  domain: string
  employeeNumber(nip: string): string
  nik(nik: string): string
}

export function demoVariantOf(office: { bpsCode: string }, isDefault: boolean): DemoVariant {
  if (isDefault) return { domain: 'demo.pintu.id', employeeNumber: (nip) => nip, nik: (nik) => nik }
  return {
    domain: `${office.bpsCode}.demo.pintu.id`,
    employeeNumber: (nip) => `${nip.slice(0, 8)}${office.bpsCode}01${nip.slice(14)}`,
    nik: (nik) => `${office.bpsCode}02${nik.slice(6)}`,
  }
}

/** Creates one office's demo accounts with fresh random passwords; returns them so they can be shown once. */
export async function createDemoAccounts(
  ex: Executor,
  repo: IdentityRepository,
  office: Office,
  variant: DemoVariant = demoVariantOf({ bpsCode: '' }, true),
): Promise<DemoAccounts> {
  const accounts = {} as DemoAccounts
  for (const person of demoPeople) {
    const password = `${person.key}-${randomBytes(6).toString('base64url')}`
    const email = `${person.key}@${variant.domain}`
    await repo.insert(ex, {
      officeId: office.id,
      kind: person.key === 'applicant' ? 'applicant' : 'officer',
      fullName: person.fullName,
      email,
      roles: person.roles,
      passwordHash: await hashPassword(password),
      employeeNumber: person.employeeNumber ? variant.employeeNumber(person.employeeNumber) : null,
      nik: person.nik ? variant.nik(person.nik) : null,
      phone: person.phone ?? null,
    })
    accounts[person.key] = { email, password, fullName: person.fullName, roles: person.roles }
  }
  return accounts
}

/** One office's demo accounts as shown: under the office's name and code, with its signers' passphrases. */
export interface DemoAccountsOfOffice {
  /** E.g. `Kota Makassar (73.71)`. */
  office: string
  accounts: DemoAccounts
  passphrases: Partial<Record<string, string>>
}

/**
 * The text shown once at a terminal and kept in the demo-accounts file: each office's accounts
 * under its own heading (`tests/support/pintu.ts` reads the rows back, the default office first).
 */
export function describeDemoAccounts(offices: readonly DemoAccountsOfOffice[], file: string): string {
  const lines = [`Demo accounts (also in ${file}):`]
  for (const { office, accounts, passphrases } of offices) {
    lines.push(`${office}:`)
    for (const [key, a] of Object.entries(accounts))
      lines.push(`  ${key.padEnd(11)} ${a.email.padEnd(30)} ${a.password}`)
    const signers = Object.entries(passphrases)
    if (signers.length) {
      lines.push('Passphrases for certified signing with the CA SIMULATOR (enrolled signers):')
      for (const [key, p] of signers) lines.push(`  ${key.padEnd(11)} ${p}`)
    }
  }
  return lines.join('\n')
}
