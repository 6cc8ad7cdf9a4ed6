import { catalogueRoutes, counterRoutes } from '@pintu/contract'
import { buildUrl } from '@pintu/contract/client'
import { uploadFile } from '@pintu/contract/upload'
import { newIdempotencyKey } from '@pintu/ui/idempotency-key'
import { computed, ref, shallowRef } from 'vue'
import { call, withSession } from '@/api.ts'
import { checkRange } from './range.ts'
import { isNetworkFailure, newProvisionalCode, sendIntake, type CounterApi, type IntakeContent } from './send.ts'
import { device, queue, type QueuedIntake } from './store.ts'
import { seal, sessionKey, unseal, unsealJson, sealJson } from './vault.ts'

/** Asks for a new range when fewer numbers than this are left. */
const LOW_WATER = 10

/** The counter routes through the officer's session (token refresh included). */
const counterApi: CounterApi = {
  lookup: (nik) => call(counterRoutes.lookup, { body: { nik } }),
  register: (body) => call(counterRoutes.register, { body }),
  create: (body, idempotencyKey) => call(counterRoutes.create, { body, idempotencyKey }),
  get: (id) => call(counterRoutes.get, { params: { id } }),
  updateForm: (id, version, data) => call(counterRoutes.updateForm, { params: { id }, body: { version, data } }),
  upload: (id, requirementKey, file) =>
    withSession((session) =>
      uploadFile({ url: buildUrl(counterRoutes.upload, { id, requirementKey }), file, ...session }),
    ),
  submit: (id, version, idempotencyKey) =>
    call(counterRoutes.submit, { params: { id }, body: { version }, idempotencyKey }),
}

let catalogueWarmed = false

const sealFiles = (key: CryptoKey, files: { requirementKey: string; file: File }[]) =>
  Promise.all(
    files.map(async ({ requirementKey, file }) => ({
      requirementKey,
      name: file.name,
      type: file.type,
      sealed: await seal(key, await file.arrayBuffer()),
    })),
  )

/**
 * The offline counter of one officer: the queue of kept intakes (waiting, refused, locked), whether
 * the API answers, the device's provisional numbers, and sending.
 */
export function useOfflineCounter(officerId: string) {
  const entries = shallowRef<QueuedIntake[]>([])
  const tag = ref<string | null>(null)
  const offline = ref(false)
  const sending = ref(false)
  const sent = shallowRef<{ provisionalNo: string; registrationNo: string }[]>([])
  const mine = (e: QueuedIntake) => e.keyTag === tag.value
  const waiting = computed(() => entries.value.filter((e) => mine(e) && !e.error))
  const refused = computed(() => entries.value.filter((e) => mine(e) && e.error))
  const locked = computed(() => entries.value.filter((e) => !mine(e)))

  async function refresh() {
    tag.value = (await sessionKey(officerId)).tag
    entries.value = await queue.list()
  }

  function reportFailure(error: unknown) {
    if (isNetworkFailure(error)) offline.value = true
  }

  /** Whether the API answers now (its health probe, never cached by the service worker). */
  async function probe(): Promise<boolean> {
    try {
      offline.value = !(await fetch('/health', { cache: 'no-store' })).ok
    } catch {
      offline.value = true
    }
    return !offline.value
  }

  /**
   * While online: numbers for later, and the catalogue in the service worker's cache (services and
   * their forms are public), so the offline form can offer them.
   */
  async function prepare() {
    try {
      const held = await device.range(officerId)
      if (!held || held.range.last - held.next + 1 < LOW_WATER) {
        const deviceId = await device.id()
        const range = await call(counterRoutes.allocateProvisional, { body: { deviceId } })
        // Numbers of a range that does not verify are never printed (the offline form then says none are left).
        if ((await checkRange(range, { deviceId, officerId })) !== 'invalid') await device.keepRange(officerId, range)
      }
      if (!catalogueWarmed) {
        const { items } = await call(catalogueRoutes.list, { query: { pageSize: 100 } })
        for (const item of items) await call(catalogueRoutes.get, { params: { code: item.code } })
        catalogueWarmed = true
      }
    } catch (error) {
      reportFailure(error)
    }
  }

  /** Keeps an intake, sealed, with the next provisional number; answers what the receipt prints. */
  async function keep(
    content: Omit<IntakeContent, 'provisionalCode'>,
    files: { requirementKey: string; file: File }[],
  ) {
    const provisionalNo = await device.takeNumber(officerId)
    if (!provisionalNo) throw new Error('counter.offline.noNumbers')
    const { key, tag: keyTag } = await sessionKey(officerId)
    const full: IntakeContent = { ...content, provisionalCode: newProvisionalCode() }
    const intake: QueuedIntake = {
      id: newIdempotencyKey(),
      keyTag,
      provisionalNo,
      serviceCode: content.serviceCode,
      takenAt: new Date().toISOString(),
      keys: { create: newIdempotencyKey(), submit: newIdempotencyKey() },
      error: null,
      content: await sealJson(key, full),
      files: await sealFiles(key, files),
    }
    await queue.put(intake)
    await refresh()
    return { provisionalNo, provisionalCode: full.provisionalCode, takenAt: intake.takenAt }
  }

  /** An intake of this session as the officer typed it. */
  async function open(entry: QueuedIntake) {
    const { key } = await sessionKey(officerId)
    const content = await unsealJson<IntakeContent>(key, entry.content)
    const files = await Promise.all(
      entry.files.map(async (f) => ({
        requirementKey: f.requirementKey,
        file: new File([await unseal(key, f.sealed)], f.name, { type: f.type }),
      })),
    )
    return { content, files }
  }

  async function sendOne(entry: QueuedIntake): Promise<{ registrationNo: string }> {
    const { content, files } = await open(entry)
    return sendIntake(counterApi, { content, provisionalNo: entry.provisionalNo, keys: entry.keys, files })
  }

  /**
   * A refused intake corrected by the officer: the same number, code and Idempotency-Keys (the applicant and the
   * service stay as they were, so a draft already created is continued, not created again), waiting to be sent.
   */
  async function replace(
    id: string,
    content: Omit<IntakeContent, 'provisionalCode'>,
    files: { requirementKey: string; file: File }[],
  ) {
    const entry = entries.value.find((e) => e.id === id && mine(e))
    if (!entry) return
    const { key } = await sessionKey(officerId)
    const before = await unsealJson<IntakeContent>(key, entry.content)
    await queue.put({
      ...entry,
      error: null,
      content: await sealJson(key, { ...content, provisionalCode: before.provisionalCode }),
      files: await sealFiles(key, files),
    })
    await refresh()
  }

  /** Sends every waiting intake in order; stops at a network failure, keeps a refusal for the officer. */
  async function sendAll() {
    if (sending.value) return
    sending.value = true
    try {
      for (const entry of waiting.value) {
        try {
          const { registrationNo } = await sendOne(entry)
          offline.value = false
          // Sent: the entry and its personal data leave the device.
          await queue.remove(entry.id)
          sent.value = [...sent.value, { provisionalNo: entry.provisionalNo, registrationNo }]
        } catch (error) {
          if (isNetworkFailure(error)) {
            offline.value = true
            break
          }
          const code = (error as { code?: string }).code ?? 'network.unexpected_response'
          await queue.put({ ...entry, error: { code, message: (error as Error).message } })
        }
      }
    } finally {
      await refresh()
      sending.value = false
    }
  }

  /** The officer's explicit choice for a refused or locked intake: it and its data are removed. */
  async function discard(id: string) {
    await queue.remove(id)
    await refresh()
  }

  async function discardLocked() {
    for (const entry of locked.value) await queue.remove(entry.id)
    await refresh()
  }

  /** A refused intake tried again (after the cause was fixed at the office, e.g. a service back in force). */
  async function retry(id: string) {
    const entry = entries.value.find((e) => e.id === id)
    if (entry) await queue.put({ ...entry, error: null })
    await refresh()
  }

  return {
    entries,
    waiting,
    refused,
    locked,
    offline,
    sending,
    sent,
    refresh,
    probe,
    prepare,
    reportFailure,
    keep,
    sendAll,
    discard,
    discardLocked,
    retry,
    edit: async (id: string) => {
      const entry = entries.value.find((e) => e.id === id && mine(e))
      return entry ? open(entry) : undefined
    },
    replace,
  }
}
export type OfflineCounter = ReturnType<typeof useOfflineCounter>
