// Bahasa Indonesia messages about this installation. Spread into id.ts; site.en.ts must match.
export default {
  site: {
    simulator: {
      title: 'SIMULASI',
      bank: 'pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.',
    },
  },
}
