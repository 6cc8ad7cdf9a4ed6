import type provisionalId from './provisional.id.ts'

// English texts of due dates that may still move (part of en.ts), key for key.
export default {
  provisional: {
    word: 'provisional',
    why: 'the {year} holiday calendar is not published yet',
  },
} satisfies typeof provisionalId
