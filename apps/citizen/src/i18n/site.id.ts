// Bahasa Indonesia texts about this installation (part of id.ts).
export const siteId = {
  site: {
    simulator: {
      title: 'SIMULASI',
      bank: 'pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.',
    },
  },
}
