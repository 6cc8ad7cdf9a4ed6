import type { ServiceVersion } from '@pintu/contract'

function publishedNewestFirst(versions: readonly ServiceVersion[]): ServiceVersion[] {
  return versions.filter((version) => version.status === 'published').sort((a, b) => b.version - a.version)
}

/** The published version applications are filed under at `now`; none for a retired service. */
export function versionInForce(versions: readonly ServiceVersion[], now = new Date()): ServiceVersion | null {
  const t = now.getTime()
  return (
    publishedNewestFirst(versions).find(
      (version) =>
        version.validFrom !== null &&
        Date.parse(version.validFrom) <= t &&
        (version.validTo === null || Date.parse(version.validTo) > t),
    ) ?? null
  )
}

/**
 * What a draft is compared with: the version in force, or else the newest published one (a
 * service retired, or whose only version starts in the future).
 */
export function comparisonBase(versions: readonly ServiceVersion[], now = new Date()): ServiceVersion | null {
  return versionInForce(versions, now) ?? publishedNewestFirst(versions)[0] ?? null
}

/** The open draft of a service, if any (the API allows at most one). */
export function openDraft(versions: readonly ServiceVersion[]): ServiceVersion | null {
  return versions.find((version) => version.status === 'draft') ?? null
}
