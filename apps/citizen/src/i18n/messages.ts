import type pagesId from './pages.id.ts'
import type shellId from './shell.id.ts'

/**
 * The shape every locale must have: Bahasa Indonesia's. It comes in two parts: the shell (what
 * the home page shows, in the first bundle) and the pages (loaded with the first other page).
 */
export type Messages = typeof shellId & typeof pagesId
