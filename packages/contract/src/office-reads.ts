/**
 * Whether an auditor's reading scopes reach an office: a province code (`32`) covers every office
 * whose Kemendagri code starts `32.`, an office code (`32.77`) that office only. The one rule the
 * API's configuration (pnpm office:auditor) and auth, and the officer SPA's office choice, apply.
 */
export function readsOffice(scopes: readonly string[] | null | undefined, officeCode: string): boolean {
  return (scopes ?? []).some((scope) => scope === officeCode || officeCode.startsWith(`${scope}.`))
}

/** A province's Kemendagri code: two digits. */
export const PROVINCE_CODE = /^\d{2}$/
