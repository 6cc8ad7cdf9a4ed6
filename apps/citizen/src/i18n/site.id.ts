// Bahasa Indonesia texts about this installation (part of id.ts).
export default {
  site: {
    simulator: {
      title: 'SIMULASI',
      bank: 'pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.',
    },
  },
}
