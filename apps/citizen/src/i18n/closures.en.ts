import type closuresId from './closures.id.ts'

// English texts of the notice shown while the office is declared closed (part of en.ts), key for key.
export default {
  closure: {
    title: 'The DPMPTSP office is closed',
    short: 'Online service continues; closed days do not count towards the service time.',
    shortUntil: 'Closed until {to} inclusive.',
    shortSince: 'Closed since {from}.',
    details: 'Read more',
    dismiss: 'Hide this notice',
    pageLead: 'The official notice of the office closure, with its reason and legal basis.',
    noneTitle: 'The DPMPTSP office is open as usual',
    none: 'No office closure has been announced at the moment.',
    period: 'Closed from {from} to {to} inclusive.',
    since: 'Closed since {from}, until further notice.',
    legalBasis: '(Basis: {basis})',
    intake: 'Online service continues: applications are still accepted, paid through a bank and tracked.',
    clock: 'Closed days do not count towards the service time; deadlines move by the number of closed days.',
  },
} satisfies typeof closuresId
