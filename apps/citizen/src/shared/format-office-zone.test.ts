import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { forgetSite } from '@/features/site/site.ts'
import { resetSiteState, useSite } from '@/features/site/useSite.ts'
import { formatDate, formatDateTime } from './format.ts'

/** The site facts of a Makassar installation (WITA, UTC+8). */
function servedFromMakassar() {
  vi.stubGlobal(
    'fetch',
    async () =>
      new Response(
        JSON.stringify({
          officeCode: '73.71',
          office: { ...sampleSiteOffice, timezone: 'Asia/Makassar' },
          simulators: [],
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      ),
  )
}

afterEach(() => {
  forgetSite()
  resetSiteState()
  vi.unstubAllGlobals()
})

describe("dates in the office's time zone", () => {
  // 16:30 UTC on Thursday 26 November 2026: 23:30 WIB on Thursday, 00:30 WITA on Friday.
  const late = '2026-11-26T16:30:00Z'

  it('shows WIB, the default office zone, until the site facts arrive', () => {
    expect(formatDateTime(late, 'id')).toContain('23.30')
    expect(formatDate(late, 'id')).toBe('26 November 2026')
  })

  it("shows the office's own day and time once the site facts name its zone", async () => {
    servedFromMakassar()
    useSite()
    await flushPromises()
    expect(formatDateTime(late, 'id')).toContain('00.30')
    expect(formatDate(late, 'id')).toBe('27 November 2026')
  })
})
