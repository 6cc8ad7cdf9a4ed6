import type closuresId from './closures.id.ts'

// English texts of the notice shown while the office is declared closed (part of en.ts), key for key.
export default {
  closure: {
    title: 'The DPMPTSP office is closed',
    period: 'Closed from {from} to {to} inclusive.',
    since: 'Closed since {from}, until further notice.',
    legalBasis: '(Basis: {basis})',
    intake: 'Online service continues: applications are still accepted, paid through a bank and tracked.',
    clock: 'Closed days do not count towards the service time; deadlines move by the number of closed days.',
  },
} satisfies typeof closuresId
