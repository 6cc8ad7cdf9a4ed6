import type siteId from './site.id.ts'

// English texts about this installation (part of en.ts), key for key.
export default {
  site: {
    simulator: {
      title: 'SIMULATION',
      bank: 'bank payments on this installation are simulated; no real money.',
    },
  },
} satisfies typeof siteId
