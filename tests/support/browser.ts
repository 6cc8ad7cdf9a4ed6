import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'

const require = createRequire(import.meta.url)
export const chromiumPath = process.env.PINTU_CHROMIUM ?? '/usr/bin/chromium'

/** Debian's Chromium, headless. A missing browser is a failure, never a skip. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get install chromium\``)
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A phone in portrait, 360 px wide, in Bahasa Indonesia (the citizen's first target). */
export async function newMobilePage(browser: Browser): Promise<Page> {
  // bypassCSP lets the tests inject axe-core; the pages themselves still run under the API's CSP.
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'id-ID',
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    bypassCSP: true,
  })
  return context.newPage()
}

export async function newDesktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', bypassCSP: true })
  return context.newPage()
}

let axeSource: string | undefined
/** Runs axe-core in the page and fails on any serious or critical violation, naming them. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe.run()
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      )
  })
  if (violations.length)
    throw new Error(`axe-core found serious/critical violations on ${page.url()}:\n${violations.join('\n')}`)
}

/** True when the page does not scroll sideways at its current width. */
export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth)
}

/** A phone-sized page must not scroll sideways and must pass the accessibility check. */
export async function expectPhoneFriendly(page: Page) {
  expect(await hasNoHorizontalScroll(page), `${page.url()} scrolls sideways at 360 px`).toBe(true)
  await expectNoSeriousAxeViolations(page)
}

/** Waits for the page's main heading. */
export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor()

/**
 * Waits for what a step should show; when it does not come, the error's first line says what the page
 * showed instead (its alerts and status messages), since "Timeout 30000ms exceeded" alone does not.
 */
export async function waitShown(locator: Locator): Promise<void> {
  try {
    await locator.waitFor()
  } catch (error) {
    const page = locator.page()
    const shown = await page
      .locator('[role=alert], [role=status]')
      .allInnerTexts()
      .catch(() => [])
    const said = shown.map((text) => text.trim()).filter(Boolean)
    throw new Error(`${locator} did not appear on ${page.url()}; the page said: ${JSON.stringify(said)}`, {
      cause: error,
    })
  }
}
