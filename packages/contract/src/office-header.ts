/**
 * The header a caller names its office with (a Kemendagri code, e.g. 73.71); without it the bearer
 * token's office answers, else the deployment's default office. Its own module, importing nothing,
 * so the SPAs' first page can send it without loading any schema.
 */
export const OFFICE_HEADER = 'x-pintu-office'
