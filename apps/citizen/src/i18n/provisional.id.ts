// Bahasa Indonesia texts of due dates that may still move (part of id.ts).
export const provisionalId = {
  provisional: {
    word: 'perkiraan',
    why: 'kalender libur {year} belum ditetapkan',
  },
}
