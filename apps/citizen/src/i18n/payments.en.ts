import type paymentsId from './payments.id.ts'

// English texts of paying the retribusi (SKRD) by bank virtual account (part of en.ts), key for key.
export default {
  payment: {
    title: 'Pay the fee',
    lead: 'Your application has been approved. The permit is signed and issued once the fee has been paid in full through a bank. This is your regional levy assessment (SKRD).',
    number: 'SKRD number',
    amount: 'Amount to pay',
    virtualAccount: 'Virtual account number',
    dueDate: 'Pay by',
    status: 'Payment status',
    statusLabel: {
      unpaid: 'Not paid yet',
      paid: 'Paid',
    },
    paidAt: 'Paid on',
    bankReference: 'Bank reference',
    download: {
      invoice: 'Download the SKRD (PDF)',
      receipt: 'Download the payment receipt (PDF)',
      preparing: 'Preparing…',
    },
    copy: 'Copy the virtual account number',
    copied: 'Virtual account number copied.',
    copyFailed: 'Could not copy automatically. The number is selected; copy it by hand.',
    how: {
      title: 'How to pay',
      lead: 'Pay into the virtual account number above in one of these ways.',
      atm: {
        title: 'ATM',
        text: 'choose payment or transfer to a Virtual Account, enter the virtual account number, check the bill name and amount, then confirm. Keep the slip.',
      },
      mobile: {
        title: 'Mobile or internet banking',
        text: 'choose Virtual Account payment, paste or type the number, check the bill name and amount, then confirm.',
      },
      teller: {
        title: 'Bank teller',
        text: 'show or tell the teller the virtual account number and the amount, and keep the deposit slip.',
      },
      exact:
        'Pay exactly {amount}. The payment is recorded automatically as soon as the bank confirms it; you do not need to send or bring proof of payment to the office.',
    },
    noCash: {
      title: 'Officers do not take money',
      text: 'The fee is paid only through a bank, into this virtual account. No DPMPTSP officer may accept cash or transfers, in the office or outside it, and there is no paid fast track. Any request for money beyond this bill is an illegal levy (pungli): do not pay, and report it.',
    },
    paid: {
      title: 'The fee has been paid',
      announce: 'Payment received. Your application is now waiting to be signed.',
    },
    simulator: {
      title: 'Simulated bank',
      text:
        'The bank on this Pintu installation is simulated. The button below imitates a bank paying this virtual ' +
        'account; no real money moves. Official installations do not have this button.',
      pay: 'Pay with the simulated bank',
      paying: 'Paying…',
      outcome: {
        amount_mismatch:
          'The bank simulator sent an amount different from the bill; the payment is held for the treasurer to check.',
        unknown_invoice: 'The bank simulator does not know this virtual account number.',
      },
    },
  },
} satisfies typeof paymentsId
