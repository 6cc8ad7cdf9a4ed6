/**
 * The texts of recovery messages, Bahasa Indonesia first and English after it (Pintu does not know
 * which the reader chose). SMS stay short: one segment where possible. No name or NIK in any.
 */
export const recoveryMessages = {
  resetLink: (link: string) => ({
    subject: 'Atur ulang kata sandi Pintu / Reset your Pintu password',
    body: [
      'Seseorang (semoga Anda) meminta untuk mengatur ulang kata sandi akun Pintu dengan email ini.',
      'Buka tautan berikut dalam 30 menit untuk membuat kata sandi baru. Tautan hanya dapat dipakai sekali.',
      '',
      link,
      '',
      'Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.',
      '',
      '---',
      'Someone (hopefully you) asked to reset the password of the Pintu account with this email.',
      'Open the link above within 30 minutes to choose a new password. It works once.',
      'If you did not ask, ignore this email: your password has not changed.',
    ].join('\n'),
  }),
  resetCode: (code: string) => ({
    subject: '',
    body: `Pintu: kode atur ulang kata sandi ${code} (berlaku 15 menit). Jangan berikan kepada siapa pun. / Password reset code, valid 15 min.`,
  }),
  contactCode: (code: string) => ({
    subject: 'Kode konfirmasi Pintu / Your Pintu confirmation code',
    body: [
      `Kode konfirmasi alamat baru akun Pintu Anda: ${code}`,
      'Berlaku 15 menit. Jangan berikan kepada siapa pun. Jika Anda tidak memintanya, abaikan pesan ini.',
      '',
      `Your code to confirm the new address of your Pintu account: ${code} (valid 15 minutes).`,
    ].join('\n'),
  }),
  contactChanged: (kind: 'email' | 'phone') => ({
    subject: 'Alamat akun Pintu diubah / Your Pintu account address changed',
    body:
      kind === 'email'
        ? 'Pintu: email akun Anda baru saja diganti. Jika bukan Anda, hubungi DPMPTSP segera. / Your account email was just changed; if it was not you, contact the office at once.'
        : 'Pintu: nomor HP akun Anda baru saja diganti. Jika bukan Anda, hubungi DPMPTSP segera. / Your mobile number was changed.',
  }),
}
