// Bahasa Indonesia texts of due dates that may still move (part of id.ts).
export default {
  provisional: {
    word: 'perkiraan',
    why: 'kalender libur {year} belum ditetapkan',
  },
}
