// Whether this browser may send real-user timings at all. Kept free of imports: main.ts asks it
// before anything of the measurement is loaded, so under Do-Not-Track nothing is even fetched.

/** What the decision reads from `navigator` (a plain object in tests). */
export interface PrivacySignals {
  doNotTrack?: string | null
  globalPrivacyControl?: boolean
}

/**
 * No timings when the person asked not to be tracked: Do-Not-Track ('1'; older Firefox said 'yes')
 * or Global Privacy Control. Anything else (unset, '0', 'unspecified') measures.
 */
export function mayMeasure(signals: PrivacySignals): boolean {
  if (signals.globalPrivacyControl === true) return false
  return signals.doNotTrack !== '1' && signals.doNotTrack !== 'yes'
}

/** Runs `task` once the page has loaded and the browser is idle (at the latest `timeoutMs` later). */
export function whenIdle(task: () => void, timeoutMs = 5000): void {
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(task, { timeout: timeoutMs })
      : window.setTimeout(task, 2000)
  if (document.readyState === 'complete') idle()
  else window.addEventListener('load', idle, { once: true })
}
