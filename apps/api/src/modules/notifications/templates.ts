import type { MessageFacts } from './notifications.repository.ts'

export type NotificationKind =
  'received' | 'returned' | 'decided' | 'invoice_issued' | 'permit_issued' | 'complaint_answered'
export type Locale = 'id' | 'en'

/** One message in both forms: the email and the short SMS text. */
export interface Rendered {
  subject: string
  text: string
  sms: string
}

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`
const orDash = (value: string | null | undefined) => value ?? '-'

/**
 * The applicant's messages, in Bahasa Indonesia and English. They carry numbers, dates and links,
 * never the applicant's name or NIK (a message can be read over a shoulder, an SMS on a lock screen).
 */
export function render(kind: NotificationKind, locale: Locale, f: MessageFacts, publicUrl: string): Rendered {
  const base = publicUrl.replace(/\/$/, '')
  const reg = orDash(f.registrationNo)
  const tracking = `${base}/lacak`
  const id = locale === 'id'
  switch (kind) {
    case 'received':
      return id
        ? {
            subject: `Permohonan ${reg} diterima`,
            text: `Permohonan Anda telah diterima dengan nomor registrasi ${reg}.\nPerkiraan selesai: ${orDash(f.expectedCompletionDate)}.\nLacak permohonan: ${tracking}\n`,
            sms: `Pintu: permohonan ${reg} diterima, perkiraan selesai ${orDash(f.expectedCompletionDate)}. Lacak: ${tracking}`,
          }
        : {
            subject: `Application ${reg} received`,
            text: `Your application was received with registration number ${reg}.\nExpected completion: ${orDash(f.expectedCompletionDate)}.\nTrack it: ${tracking}\n`,
            sms: `Pintu: application ${reg} received, expected by ${orDash(f.expectedCompletionDate)}. Track: ${tracking}`,
          }
    case 'returned': {
      const reasons = [f.returnCodes.join(', '), f.returnNote].filter(Boolean).join(' — ') || '-'
      return id
        ? {
            subject: `Permohonan ${reg} dikembalikan untuk diperbaiki`,
            text: `Permohonan ${reg} dikembalikan kepada Anda.\nAlasan: ${reasons}\nBatas perbaikan: ${orDash(f.returnDueDate)}.\nLihat: ${tracking}\n`,
            sms: `Pintu: permohonan ${reg} dikembalikan, perbaiki sebelum ${orDash(f.returnDueDate)}. Alasan: ${reasons}`,
          }
        : {
            subject: `Application ${reg} returned for correction`,
            text: `Application ${reg} was returned to you.\nReasons: ${reasons}\nCorrect it by: ${orDash(f.returnDueDate)}.\nSee: ${tracking}\n`,
            sms: `Pintu: application ${reg} returned, correct it by ${orDash(f.returnDueDate)}. Reasons: ${reasons}`,
          }
    }
    case 'decided': {
      const rejected = f.status === 'rejected'
      const word = id ? (rejected ? 'ditolak' : 'disetujui') : rejected ? 'rejected' : 'approved'
      return id
        ? {
            subject: `Permohonan ${reg} ${word}`,
            text: `Permohonan ${reg} telah diputus: ${word}.\nLihat rinciannya: ${tracking}\n`,
            sms: `Pintu: permohonan ${reg} ${word}. Rincian: ${tracking}`,
          }
        : {
            subject: `Application ${reg} ${word}`,
            text: `A decision was made on application ${reg}: ${word}.\nSee the details: ${tracking}\n`,
            sms: `Pintu: application ${reg} ${word}. Details: ${tracking}`,
          }
    }
    case 'invoice_issued': {
      const inv = f.invoice
      const amount = inv ? rupiah(inv.amount) : '-'
      return id
        ? {
            subject: `Tagihan retribusi ${orDash(inv?.number)} untuk ${reg}`,
            text: `Tagihan retribusi permohonan ${reg} telah terbit.\nJumlah: ${amount}\nVirtual account: ${orDash(inv?.virtualAccount)}\nJatuh tempo: ${orDash(inv?.dueDate)}\n`,
            sms: `Pintu: tagihan ${reg} ${amount}, VA ${orDash(inv?.virtualAccount)}, jatuh tempo ${orDash(inv?.dueDate)}`,
          }
        : {
            subject: `Levy invoice ${orDash(inv?.number)} for ${reg}`,
            text: `The levy invoice for application ${reg} was issued.\nAmount: ${amount}\nVirtual account: ${orDash(inv?.virtualAccount)}\nDue date: ${orDash(inv?.dueDate)}\n`,
            sms: `Pintu: invoice for ${reg} ${amount}, VA ${orDash(inv?.virtualAccount)}, due ${orDash(inv?.dueDate)}`,
          }
    }
    case 'complaint_answered': {
      const no = orDash(f.complaintNumber)
      const follow = `${base}/pengaduan/ikuti`
      const what = {
        responded: id ? 'telah dijawab' : 'was answered',
        info_requested: id ? 'memerlukan keterangan tambahan dari Anda' : 'needs more information from you',
        closed: id ? 'telah ditutup' : 'was closed',
      }[f.complaintStep ?? 'responded']
      return id
        ? {
            subject: `Pengaduan ${no} ${what}`,
            text: `Pengaduan Anda ${no} ${what}.\nBaca jawabannya dengan kode tindak lanjut Anda: ${follow}\n`,
            sms: `Pintu: pengaduan ${no} ${what}. Lihat: ${follow}`,
          }
        : {
            subject: `Complaint ${no} ${what}`,
            text: `Your complaint ${no} ${what}.\nRead the answer with your follow-up code: ${follow}\n`,
            sms: `Pintu: complaint ${no} ${what}. See: ${follow}`,
          }
    }
    case 'permit_issued': {
      const p = f.permit
      const link = p
        ? `${base}/verifikasi?nomor=${encodeURIComponent(p.number)}&kode=${p.verificationCode}`
        : `${base}/verifikasi`
      return id
        ? {
            subject: `Izin ${orDash(p?.number)} telah terbit`,
            text: `Izin untuk permohonan ${reg} telah terbit dengan nomor ${orDash(p?.number)}.\nVerifikasi: ${link}\n`,
            sms: `Pintu: izin ${orDash(p?.number)} untuk ${reg} terbit. Verifikasi: ${link}`,
          }
        : {
            subject: `Permit ${orDash(p?.number)} issued`,
            text: `The permit for application ${reg} was issued with number ${orDash(p?.number)}.\nVerify it: ${link}\n`,
            sms: `Pintu: permit ${orDash(p?.number)} for ${reg} issued. Verify: ${link}`,
          }
    }
  }
}
