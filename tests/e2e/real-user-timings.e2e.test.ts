// Real-user timings as a citizen's phone sends them, in headless Chromium against the real server:
// pages report LCP and CLS with the route's name when hidden, the status figures count them, the
// statistics page shows them; with Do-Not-Track on, nothing is loaded and nothing is sent.
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newMobilePage,
} from '../support/browser.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'

const TIMEOUT = 120_000
const VITALS = '/api/v1/status/vitals'

let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
}, TIMEOUT)
afterAll(async () => {
  for (const page of pages) await page.context().close()
  await browser?.close()
  await pintu?.stop()
})

interface Figure {
  name: string
  n: number
  p75: number | null
}
/** The published count of one metric over the last hour. */
async function published(metric: string): Promise<Figure> {
  const body = await (await fetch(`${pintu.baseUrl}/api/v1/status`)).json()
  return body.realUser.windows
    .find((w: { window: string }) => w.window === 'hour')
    .metrics.find((m: Figure) => m.name === metric)
}

/**
 * What a phone does when its owner switches app or locks the screen: the page becomes hidden. (The
 * event is the test's own; web-vitals finalises LCP on a trusted one, which the tap before gives it.)
 */
const hide = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })

/** Opens a page and waits for its lazily loaded reporter (it only loads once the page is idle). */
async function open(page: Page, path: string, heading: RegExp) {
  const reporter = page.waitForResponse(/\/assets\/reportVitals-[\w-]+\.js$/)
  await page.goto(`${pintu.baseUrl}${path}`)
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  await reporter
}

describe('real-user timings', () => {
  it(
    'two visits send their timings with the route name only, and the status figures and page count them',
    async () => {
      const before = await published('LCP')
      const sent: { route: string; metrics: { name: string; value: number }[] }[] = []
      for (const [path, heading, route] of [
        ['/layanan', /Katalog layanan/, 'catalogue'],
        ['/bantuan', /^Bantuan$/, 'help'],
      ] as const) {
        const page = await newMobilePage(browser)
        pages.push(page)
        await open(page, path, heading)
        const beacons: Request[] = []
        page.on('request', (r) => void (r.url().endsWith(VITALS) && r.method() === 'POST' && beacons.push(r)))
        // A citizen taps the page, then switches away.
        await page.getByRole('heading', { level: 1 }).tap()
        await page.waitForTimeout(500)
        await hide(page)
        for (let i = 0; i < 50 && beacons.length === 0; i += 1) await page.waitForTimeout(100)
        expect(beacons).toHaveLength(1)
        const request = beacons[0]!
        // sendBeacon's own type: JSON as text/plain.
        expect(request.headers()['content-type']).toMatch(/^text\/plain/)
        const body = request.postData() ?? ''
        expect(body).not.toContain(path)
        const report = JSON.parse(body)
        expect(Object.keys(report).sort()).toEqual(['metrics', 'route'])
        expect(report.route).toBe(route)
        sent.push(report)
      }
      for (const report of sent) expect(report.metrics.map((m) => m.name)).toEqual(expect.arrayContaining(['LCP']))

      // The server writes its counts every 10 s; the figures then hold both visits.
      let after = before
      for (let i = 0; i < 30 && after.n < before.n + 2; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        after = await published('LCP')
      }
      expect(after.n).toBe(before.n + 2)
      expect(after.p75).toBeGreaterThan(0)

      const page = pages[0]!
      await page.goto(`${pintu.baseUrl}/transparansi/statistik`)
      const region = page.getByRole('region', { name: 'Kecepatan di perangkat warga' })
      await region.waitFor()
      const lcpRow = region.getByRole('table', { name: /^Persentil ke-75/ }).getByRole('row', { name: /LCP/ })
      await expect(lcpRow.textContent()).resolves.toMatch(/ms\s*(Baik|Perlu perbaikan|Buruk)\s*n = 2/)
      // The same figures per route the visits began on, in a table of their own for the hour.
      const byRoute = region.getByRole('table', { name: /^Per halaman tempat kunjungan dimulai, 1 jam/ })
      for (const route of ['catalogue', 'help'])
        await expect(byRoute.getByRole('rowheader', { name: route }).count()).resolves.toBe(1)
      // With figures in it the table still fits a 360 px phone.
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )

  it(
    'with Do-Not-Track on, the reporter is never loaded and nothing is sent',
    async () => {
      const page = await newMobilePage(browser)
      pages.push(page)
      // Chromium sends the DNT header from a setting, not from extraHTTPHeaders: set what the page reads.
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'doNotTrack', { configurable: true, get: () => '1' })
      })
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      const before = await published('LCP')
      await page.goto(`${pintu.baseUrl}/layanan`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      expect(await page.evaluate(() => navigator.doNotTrack)).toBe('1')
      // Longer than the reporter waits for an idle moment (5 s at most).
      await page.waitForTimeout(6000)
      await page.getByRole('heading', { level: 1 }).tap()
      await hide(page)
      await page.goto('about:blank')
      await new Promise((resolve) => setTimeout(resolve, 11_000))
      expect(requests.filter((url) => url.includes('reportVitals') || url.endsWith(VITALS))).toEqual([])
      expect((await published('LCP')).n).toBe(before.n)
    },
    TIMEOUT,
  )
})
