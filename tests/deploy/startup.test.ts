import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPintu, type RunningPintu } from '../support/pintu.ts'

/** What `pnpm start` prints goes to whatever collects stdout: logs, CI, a process manager. */
describe('start-up output', () => {
  let pintu: RunningPintu
  beforeAll(async () => {
    pintu = await startPintu()
  }, 120_000)
  afterAll(() => pintu.stop())

  it('never prints demo passwords when stdout is not a terminal, and says where they are', () => {
    const output = pintu.output()
    for (const account of Object.values(pintu.accounts)) expect(output).not.toContain(account.password)
    expect(output).toContain(`${pintu.dataDir}/demo-accounts.txt`)
  })

  it('runs the compiled API on Node 24, the runtime the project carries', () => {
    expect(pintu.output()).toMatch(/on Node v24\./)
    expect(process.versions.node.split('.')[0]).toBe('24')
  })

  it('announces the bank simulator at start-up and in /ready', async () => {
    expect(pintu.output()).toMatch(/BANK SIMULATOR is on/)
    expect(await (await fetch(`${pintu.baseUrl}/ready`)).json()).toMatchObject({ simulators: ['bank'] })
  })
})
