// English messages about this installation; must match site.id.ts.
export default {
  site: {
    simulator: {
      title: 'SIMULATION',
      bank: 'bank payments on this installation are simulated; no real money.',
    },
  },
}
