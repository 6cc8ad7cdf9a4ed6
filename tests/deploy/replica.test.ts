// Issue 16 item 6: the public read routes are served from a PostgreSQL streaming replica
// (DATABASE_REPLICA_URL), the caller who just wrote still reads their write, and a replica that is
// down does not take public reads down. A real primary and a real replica made with
// `pg_basebackup -R`, on loopback ports 5440 and 5441, and the compiled API as `pnpm start` runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation, type ApiProcess } from '../faults/support/api-process.ts'
import { applicantToken, prepareDrafts, type Draft } from '../faults/support/submissions.ts'
import {
  caughtUp,
  pauseReplay,
  resumeReplay,
  startPrimary,
  startReplica,
  type Cluster,
} from './support/postgres-clusters.ts'

const PRIMARY_PORT = 5440
const REPLICA_PORT = 5441
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** The first level-0 tile of a log of `size` entries (partial while under 256) and its length in bytes. */
const firstTile = (size: number) => ({
  url: `/api/v1/transparency/log/tile/0/000${size < 256 ? `.p/${size}` : ''}`,
  bytes: 32 * Math.min(size, 256),
})

/** Every public read route the replica serves, as a citizen's browser or an auditor calls them. */
const publicReads = (checkpointSize: number) => [
  '/api/v1/services',
  '/api/v1/services/SKP',
  '/api/v1/stats/backlog',
  '/api/v1/stats/daily',
  '/api/v1/stats/sla',
  '/api/v1/status',
  '/api/v1/transparency',
  '/api/v1/transparency/log/checkpoint',
  firstTile(checkpointSize).url,
]

describe('public reads from a streaming replica', () => {
  let primary: Cluster
  let replica: Cluster
  let installation: Awaited<ReturnType<typeof createInstallation>>
  let api: ApiProcess
  let token: string
  let drafts: Draft[]

  beforeAll(async () => {
    primary = await startPrimary(PRIMARY_PORT)
    replica = await startReplica(primary, REPLICA_PORT)
    // The API migrates and seeds the primary at start; the replica receives all of it by streaming.
    installation = await createInstallation(primary.url(), {
      DATABASE_REPLICA_URL: replica.url(),
      PINTU_LOG_INTERVAL_MS: '200',
    })
    api = await installation.start()
    token = await applicantToken(api.baseUrl, (await installation.accounts()).applicant)
    drafts = await prepareDrafts(primary.url(), 3, 'replica')
    await caughtUp(primary, replica)
  }, 180_000)
  afterAll(async () => {
    await installation?.remove()
    await replica?.remove()
    await primary?.remove()
  })

  async function submit(draft: Draft) {
    const response = await fetch(`${api.baseUrl}/api/v1/applications/${draft.id}/actions/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': draft.key },
      body: JSON.stringify({ version: draft.version }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const { receipt } = (await response.json()) as { receipt: { registrationNo: string; trackingCode: string } }
    return {
      receipt,
      token: response.headers.get('pintu-consistency-token'),
      cookie: response.headers.get('set-cookie'),
    }
  }
  const track = (receipt: { registrationNo: string; trackingCode: string }, headers: Record<string, string> = {}) =>
    fetch(`${api.baseUrl}/api/v1/track/${receipt.registrationNo}?code=${encodeURIComponent(receipt.trackingCode)}`, {
      headers,
    })

  it('says in /ready that the public reads come from the replica', async () => {
    const ready = await (await fetch(`${api.baseUrl}/ready`)).json()
    expect(ready).toMatchObject({ status: 'ready', database: 'postgres', publicReads: 'replica' })
  })

  it('lets the applicant track their own submission at once while the replica has not replayed it', async () => {
    await pauseReplay(replica)
    try {
      const submitted = await submit(drafts[0]!)
      // The answer to the write carries the primary's WAL position after it, as a header and a cookie.
      expect(submitted.token).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/)
      expect(submitted.cookie).toContain(`pintu_consistency=${submitted.token};`)
      expect(submitted.cookie).toMatch(/HttpOnly/)

      // A browser sends the cookie back: the replica is behind it, so the primary answers with the new file.
      const cookie = submitted.cookie!.split(';')[0]!
      const own = await track(submitted.receipt, { cookie })
      expect(own.status).toBe(200)
      expect((await own.json()).registrationNo).toBe(submitted.receipt.registrationNo)
      // An integration client sends the header instead: the same.
      expect((await track(submitted.receipt, { 'pintu-consistency-token': submitted.token! })).status).toBe(200)

      // Anyone without the token is served by the paused replica, which does not have the file yet:
      // proof that tracking reads from the replica.
      const other = await track(submitted.receipt)
      expect(other.status).toBe(404)
      expect((await other.json()).error.code).toBe('tracking.not_found')
    } finally {
      await resumeReplay(replica)
    }
    await caughtUp(primary, replica)
  })

  it('reads from the replica once it has replayed the caller’s write, with or without the token', async () => {
    const submitted = await submit(drafts[1]!)
    await caughtUp(primary, replica)
    expect((await track(submitted.receipt)).status).toBe(200)
    expect((await track(submitted.receipt, { 'pintu-consistency-token': submitted.token! })).status).toBe(200)
  })

  it('falls back to the primary while the replica is down, and says so in /ready', async () => {
    const submitted = await submit(drafts[2]!)
    replica.stop()
    try {
      const checkpoint = await (await fetch(`${api.baseUrl}/api/v1/transparency/log/checkpoint`)).text()
      const size = Number(checkpoint.split('\n')[1])
      for (const url of publicReads(size)) {
        const response = await fetch(`${api.baseUrl}${url}`)
        expect(response.status, `${url}: ${await response.clone().text()}`).toBe(200)
      }
      expect((await track(submitted.receipt)).status).toBe(200)
      expect(await (await fetch(`${api.baseUrl}/ready`)).json()).toMatchObject({
        status: 'ready',
        publicReads: 'primary',
      })
    } finally {
      replica.start()
    }
    await caughtUp(primary, replica)
  })

  it('serves every public read route from the replica alone while the primary is stopped', async () => {
    // Wait until the log has integrated everything and the replica has it, then take the primary away.
    let integrated = false
    for (let i = 0; i < 100 && !integrated; i++) {
      const state = await (await fetch(`${api.baseUrl}/api/v1/transparency`)).json()
      integrated = state.pending === 0 && state.treeSize > 0
      if (!integrated) await sleep(200)
    }
    expect(integrated).toBe(true)
    await caughtUp(primary, replica)
    // The replica was tried again after its retry delay (5 s) has passed since the fallback above.
    for (let i = 0; i < 100; i++) {
      const ready = await (await fetch(`${api.baseUrl}/ready`)).json()
      if (ready.publicReads === 'replica') break
      await sleep(200)
    }
    const checkpoint = await (await fetch(`${api.baseUrl}/api/v1/transparency/log/checkpoint`)).text()
    const size = Number(checkpoint.split('\n')[1])
    expect(size).toBeGreaterThan(0)

    primary.stop()
    try {
      // The primary is gone (the node is not ready for writes), yet every public read answers.
      expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(503)
      for (const url of publicReads(size)) {
        const response = await fetch(`${api.baseUrl}${url}`)
        expect(response.status, `${url}: ${await response.clone().text()}`).toBe(200)
      }
      const tile = await fetch(`${api.baseUrl}${firstTile(size).url}`)
      expect((await tile.arrayBuffer()).byteLength).toBe(firstTile(size).bytes)
      expect(await (await fetch(`${api.baseUrl}/api/v1/transparency/log/checkpoint`)).text()).toBe(checkpoint)
    } finally {
      primary.start()
    }
  })
})
