/**
 * One stable error code: the HTTP status it is answered with when it is the top-level code, and
 * its message in Bahasa Indonesia (authoritative) and English. `{name}` placeholders are filled
 * from the error's parameters.
 */
export interface ErrorEntry {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 422 | 423 | 429 | 500 | 503
  id: string
  en: string
}
