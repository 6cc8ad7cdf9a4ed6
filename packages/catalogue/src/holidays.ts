import type { LocalizedText } from '@pintu/contract'

export interface Holiday {
  /** YYYY-MM-DD: a calendar date, counted in each office's own time zone. */
  date: string
  /** National holiday, or collective leave (cuti bersama) that the SKB adds around it. */
  kind: 'libur_nasional' | 'cuti_bersama'
  name: LocalizedText
  /** The joint ministerial decree (SKB) that set the day; an amendment names its own SKB. */
  legalBasis: string
}

// Joint decrees of the Ministers of Religious Affairs, Manpower and Administrative Reform (SKB 3 Menteri).
const SKB_2025 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024'
// Signed 7 August 2025, adding 18 August 2025 as cuti bersama for the 80th Independence Day.
const SKB_2025_AMENDMENT =
  'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (perubahan atas SKB Nomor 1017 Tahun 2024)'
const SKB_2026 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025'

const nationalHoliday = (date: string, id: string, en: string, legalBasis: string): Holiday => ({
  date,
  kind: 'libur_nasional',
  name: { id, en },
  legalBasis,
})
const collectiveLeave = (date: string, id: string, en: string, legalBasis: string): Holiday => ({
  date,
  kind: 'cuti_bersama',
  name: { id: `Cuti bersama ${id}`, en: `Collective leave: ${en}` },
  legalBasis,
})

const holidays2025: Holiday[] = [
  nationalHoliday('2025-01-01', 'Tahun Baru 2025 Masehi', 'New Year’s Day 2025', SKB_2025),
  nationalHoliday('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'Isra and Mi’raj of the Prophet Muhammad', SKB_2025),
  collectiveLeave('2025-01-28', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year 2576', SKB_2025),
  nationalHoliday('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year 2576', SKB_2025),
  collectiveLeave(
    '2025-03-28',
    'Hari Suci Nyepi Tahun Baru Saka 1947',
    'Day of Silence (Saka New Year 1947)',
    SKB_2025,
  ),
  nationalHoliday(
    '2025-03-29',
    'Hari Suci Nyepi Tahun Baru Saka 1947',
    'Day of Silence (Saka New Year 1947)',
    SKB_2025,
  ),
  nationalHoliday('2025-03-31', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH', SKB_2025),
  nationalHoliday('2025-04-01', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH', SKB_2025),
  collectiveLeave('2025-04-02', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH', SKB_2025),
  collectiveLeave('2025-04-03', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH', SKB_2025),
  collectiveLeave('2025-04-04', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH', SKB_2025),
  collectiveLeave('2025-04-07', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH', SKB_2025),
  nationalHoliday('2025-04-18', 'Wafat Yesus Kristus', 'Good Friday', SKB_2025),
  nationalHoliday('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', SKB_2025),
  nationalHoliday('2025-05-01', 'Hari Buruh Internasional', 'International Labour Day', SKB_2025),
  nationalHoliday('2025-05-12', 'Hari Raya Waisak 2569 BE', 'Vesak Day 2569 BE', SKB_2025),
  collectiveLeave('2025-05-13', 'Hari Raya Waisak 2569 BE', 'Vesak Day 2569 BE', SKB_2025),
  nationalHoliday('2025-05-29', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ', SKB_2025),
  collectiveLeave('2025-05-30', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ', SKB_2025),
  nationalHoliday('2025-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', SKB_2025),
  nationalHoliday('2025-06-06', 'Iduladha 1446 Hijriah', 'Eid al-Adha 1446 AH', SKB_2025),
  collectiveLeave('2025-06-09', 'Iduladha 1446 Hijriah', 'Eid al-Adha 1446 AH', SKB_2025),
  nationalHoliday('2025-06-27', 'Tahun Baru Islam 1447 Hijriah', 'Islamic New Year 1447 AH', SKB_2025),
  nationalHoliday(
    '2025-08-17',
    'Hari Kemerdekaan Republik Indonesia ke-80',
    '80th Independence Day of Indonesia',
    SKB_2025,
  ),
  collectiveLeave('2025-08-18', 'HUT ke-80 Republik Indonesia', '80th Independence Day', SKB_2025_AMENDMENT),
  nationalHoliday('2025-09-05', 'Maulid Nabi Muhammad SAW', 'Birthday of the Prophet Muhammad', SKB_2025),
  nationalHoliday('2025-12-25', 'Hari Raya Natal', 'Christmas Day', SKB_2025),
  collectiveLeave('2025-12-26', 'Hari Raya Natal', 'Christmas', SKB_2025),
]

const holidays2026: Holiday[] = [
  nationalHoliday('2026-01-01', 'Tahun Baru 2026 Masehi', 'New Year’s Day 2026', SKB_2026),
  nationalHoliday('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'Isra and Mi’raj of the Prophet Muhammad', SKB_2026),
  collectiveLeave('2026-02-16', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year 2577', SKB_2026),
  nationalHoliday('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year 2577', SKB_2026),
  collectiveLeave(
    '2026-03-18',
    'Hari Suci Nyepi Tahun Baru Saka 1948',
    'Day of Silence (Saka New Year 1948)',
    SKB_2026,
  ),
  nationalHoliday(
    '2026-03-19',
    'Hari Suci Nyepi Tahun Baru Saka 1948',
    'Day of Silence (Saka New Year 1948)',
    SKB_2026,
  ),
  collectiveLeave('2026-03-20', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH', SKB_2026),
  nationalHoliday('2026-03-21', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH', SKB_2026),
  nationalHoliday('2026-03-22', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH', SKB_2026),
  collectiveLeave('2026-03-23', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH', SKB_2026),
  collectiveLeave('2026-03-24', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH', SKB_2026),
  nationalHoliday('2026-04-03', 'Wafat Yesus Kristus', 'Good Friday', SKB_2026),
  nationalHoliday('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', SKB_2026),
  nationalHoliday('2026-05-01', 'Hari Buruh Internasional', 'International Labour Day', SKB_2026),
  nationalHoliday('2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ', SKB_2026),
  collectiveLeave('2026-05-15', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ', SKB_2026),
  nationalHoliday('2026-05-27', 'Iduladha 1447 Hijriah', 'Eid al-Adha 1447 AH', SKB_2026),
  collectiveLeave('2026-05-28', 'Iduladha 1447 Hijriah', 'Eid al-Adha 1447 AH', SKB_2026),
  nationalHoliday('2026-05-31', 'Hari Raya Waisak 2570 BE', 'Vesak Day 2570 BE', SKB_2026),
  nationalHoliday('2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', SKB_2026),
  nationalHoliday('2026-06-16', 'Tahun Baru Islam 1448 Hijriah', 'Islamic New Year 1448 AH', SKB_2026),
  nationalHoliday(
    '2026-08-17',
    'Hari Kemerdekaan Republik Indonesia ke-81',
    '81st Independence Day of Indonesia',
    SKB_2026,
  ),
  nationalHoliday('2026-08-25', 'Maulid Nabi Muhammad SAW', 'Birthday of the Prophet Muhammad', SKB_2026),
  collectiveLeave('2026-12-24', 'Hari Raya Natal', 'Christmas', SKB_2026),
  nationalHoliday('2026-12-25', 'Hari Raya Natal', 'Christmas Day', SKB_2026),
]

/**
 * 2027: only the holidays fixed by standing decrees are known here — the 2027 SKB (which adds the
 * movable religious holidays and cuti bersama) was not in Pintu's sources. 2027 therefore is not a
 * published calendar year: due dates in it are provisional until an admin enters the SKB and marks
 * the year published, and admins are warned 90 days before the published calendar runs out.
 */
const FIXED_DATE_HOLIDAYS =
  'Keppres 251/1967 tentang Hari-Hari Libur sebagaimana diubah (hari libur nasional bertanggal tetap)'
const holidays2027: Holiday[] = [
  nationalHoliday('2027-01-01', 'Tahun Baru 2027 Masehi', 'New Year 2027', FIXED_DATE_HOLIDAYS),
  nationalHoliday(
    '2027-05-01',
    'Hari Buruh Internasional',
    'International Labour Day',
    'Keppres 24/2013 tentang Penetapan Tanggal 1 Mei sebagai Hari Libur',
  ),
  nationalHoliday(
    '2027-06-01',
    'Hari Lahir Pancasila',
    'Pancasila Day',
    'Keppres 24/2016 tentang Hari Lahir Pancasila',
  ),
  nationalHoliday(
    '2027-08-17',
    'Hari Proklamasi Kemerdekaan Republik Indonesia',
    'Independence Day',
    FIXED_DATE_HOLIDAYS,
  ),
  nationalHoliday('2027-12-25', 'Hari Raya Natal', 'Christmas Day', FIXED_DATE_HOLIDAYS),
]

/**
 * National holidays and cuti bersama 2025–2026, weekend days included as the SKBs list them, and
 * the fixed-date holidays of 2027. Islamic dates follow the government's isbat and may shift by a
 * day; the list is amended mid-year when an SKB changes.
 */
export const holidays: Holiday[] = [...holidays2025, ...holidays2026, ...holidays2027]

/** Years whose whole calendar is known from their SKB: due dates past the last one are provisional. */
export const publishedCalendarYears: { year: number; legalBasis: string }[] = [
  { year: 2025, legalBasis: SKB_2025 },
  { year: 2026, legalBasis: SKB_2026 },
]
