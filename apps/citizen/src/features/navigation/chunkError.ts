/**
 * Whether a failed navigation failed because a page's code could not be fetched (offline, a dropped
 * connection, a release replaced the file): Chromium, Firefox and Safari word it differently, and a
 * page's texts (`pages.id.ts`) arrive the same way.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch|Load failed|NetworkError/i.test(
    error.message,
  )
}
