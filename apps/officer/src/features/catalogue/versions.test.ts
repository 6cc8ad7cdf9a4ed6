import type { ServiceVersion } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { sampleDefinition } from './testing/sampleDefinition.ts'
import { comparisonBase, openDraft, versionInForce } from './versions.ts'

function version(
  n: number,
  status: ServiceVersion['status'],
  validFrom: string | null,
  validTo: string | null = null,
): ServiceVersion {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    code: 'REKLAME',
    version: n,
    status,
    revision: 1,
    validFrom,
    validTo,
    createdBy: 'A',
    updatedBy: 'A',
    publishedBy: status === 'published' ? 'B' : null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    definition: sampleDefinition(),
  }
}

describe('which version is in force', () => {
  const now = new Date('2026-06-01T00:00:00Z')

  it('is the published version whose validity covers now', () => {
    const versions = [
      version(3, 'draft', null),
      version(2, 'published', '2026-03-01T00:00:00Z'),
      version(1, 'published', '2025-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
    ]
    expect(versionInForce(versions, now)?.version).toBe(2)
  })

  it('is not a version published to start in the future', () => {
    const versions = [
      version(2, 'published', '2026-07-01T00:00:00Z'),
      version(1, 'published', '2025-01-01T00:00:00Z', '2026-07-01T00:00:00Z'),
    ]
    expect(versionInForce(versions, now)?.version).toBe(1)
  })

  it('is none once the last version has ended (a retired service)', () => {
    const versions = [version(1, 'published', '2015-06-01T00:00:00Z', '2017-07-01T00:00:00Z')]
    expect(versionInForce(versions, now)).toBeNull()
    // A draft is then compared with the last published version.
    expect(comparisonBase(versions, now)?.version).toBe(1)
  })

  it('a draft is compared with the version in force rather than a newer one starting later', () => {
    const versions = [
      version(3, 'draft', null),
      version(2, 'published', '2026-07-01T00:00:00Z'),
      version(1, 'published', '2025-01-01T00:00:00Z', '2026-07-01T00:00:00Z'),
    ]
    expect(comparisonBase(versions, now)?.version).toBe(1)
  })

  it('is never a draft or a discarded draft', () => {
    expect(versionInForce([version(2, 'discarded', null), version(1, 'draft', null)], now)).toBeNull()
    expect(comparisonBase([version(2, 'discarded', null), version(1, 'draft', null)], now)).toBeNull()
  })

  it('finds the open draft', () => {
    expect(openDraft([version(2, 'draft', null), version(1, 'published', '2025-01-01T00:00:00Z')])?.version).toBe(2)
    expect(openDraft([version(1, 'published', '2025-01-01T00:00:00Z')])).toBeNull()
  })
})
