// Each end-to-end story file runs against its own Pintu (a fresh database) and its own headless
// Chromium, started before its first test and stopped after its last.
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from './browser.ts'
import { startPintu, type RunningPintu } from './pintu.ts'

/** Starts both; when the browser cannot start, the server it started is stopped before the error is thrown. */
export async function openStory(): Promise<{ pintu: RunningPintu; browser: Browser }> {
  const pintu = await startPintu()
  try {
    return { pintu, browser: await launchBrowser() }
  } catch (error) {
    await pintu.stop()
    throw error
  }
}

/** Stops what openStory started (either may be missing when it failed), the story's pages first. */
export async function closeStory(story: { pintu?: RunningPintu; browser?: Browser; pages?: readonly Page[] }) {
  for (const page of story.pages ?? [])
    await page
      .context()
      .close()
      .catch(() => undefined)
  await story.browser?.close()
  await story.pintu?.stop()
}
