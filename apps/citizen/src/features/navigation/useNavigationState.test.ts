import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { isChunkLoadError } from './chunkError.ts'
import { LOADING_DELAY_MS, useNavigationState } from './useNavigationState.ts'

const Home = { template: '<p>home</p>' }
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/X.js'))

function setup(lazy: () => Promise<unknown>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Home },
      { path: '/layanan', component: lazy as never },
    ],
  })
  const reload = vi.fn()
  return { router, reload, state: useNavigationState(router, { reload }) }
}

describe('page changes on a slow or broken connection', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('recognises a page whose code could not be fetched, in the words of each browser', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /a.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true)
    expect(isChunkLoadError(new Error('something else'))).toBe(false)
    expect(isChunkLoadError('Failed to fetch')).toBe(false)
  })

  it('shows the loading bar only when the change takes longer than a blink, and hides it after', async () => {
    let arrive!: (component: unknown) => void
    const { router, state } = setup(() => new Promise((resolve) => (arrive = resolve)))
    await router.push('/')
    const going = router.push('/layanan')
    await vi.advanceTimersByTimeAsync(LOADING_DELAY_MS - 10)
    expect(state.loading.value).toBe(false)
    await vi.advanceTimersByTimeAsync(20)
    expect(state.loading.value).toBe(true)
    arrive({ template: '<p>katalog</p>' })
    await going
    expect(state.loading.value).toBe(false)
    expect(state.failedPath.value).toBeNull()
  })

  it('says which page could not be loaded, and a retry opens it once the connection is back', async () => {
    let online = false
    const { router, state, reload } = setup(() => (online ? Promise.resolve({ template: '<p>ok</p>' }) : offline()))
    await router.push('/')
    await router.push('/layanan?q=izin').catch(() => undefined)
    expect(state.failedPath.value).toBe('/layanan?q=izin')
    expect(state.loading.value).toBe(false)
    expect(router.currentRoute.value.path).toBe('/')
    online = true
    await state.retry()
    expect(router.currentRoute.value.fullPath).toBe('/layanan?q=izin')
    expect(state.failedPath.value).toBeNull()
    expect(reload).not.toHaveBeenCalled()
  })

  it('loads the page afresh when the browser keeps failing the import although it is online', async () => {
    const { router, state, reload } = setup(offline)
    await router.push('/')
    await router.push('/layanan').catch(() => undefined)
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    await state.retry()
    expect(reload).toHaveBeenCalledWith('/layanan')
  })

  it('keeps the message, without reloading into an error page, while the phone is offline', async () => {
    const { router, state, reload } = setup(offline)
    await router.push('/')
    await router.push('/layanan').catch(() => undefined)
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await state.retry()
    expect(reload).not.toHaveBeenCalled()
    expect(state.failedPath.value).toBe('/layanan')
  })
})
