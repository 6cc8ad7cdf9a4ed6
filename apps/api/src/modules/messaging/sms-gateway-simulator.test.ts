import { readFile, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmsGatewaySimulator, type SmsGatewaySimulator } from './sms-gateway-simulator.ts'
import { createHttpSmsSender } from './sms-sender.ts'

describe('the SMS gateway simulator and the HTTP gateway adapter', () => {
  let dir: string
  let simulator: SmsGatewaySimulator
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-sms-'))
    simulator = await startSmsGatewaySimulator({ outboxFile: path.join(dir, 'sms.jsonl') })
  })
  afterAll(async () => {
    await simulator.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('takes a message over HTTP from the adapter, keeps it and writes it to its outbox file', async () => {
    await createHttpSmsSender({ url: simulator.url, token: simulator.token }).send({
      to: '+6281234567890',
      text: 'Kode 123456',
    })
    expect(simulator.messages().at(-1)).toMatchObject({ to: '+6281234567890', text: 'Kode 123456' })
    const lines = (await readFile(path.join(dir, 'sms.jsonl'), 'utf8')).trim().split('\n')
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ to: '+6281234567890' })
  })

  it('refuses a wrong token and a malformed number, and the adapter reports the refusal', async () => {
    const wrongToken = createHttpSmsSender({ url: simulator.url, token: 'not-the-token' })
    await expect(wrongToken.send({ to: '+6281234567890', text: 'x' })).rejects.toThrow(/401/)
    const adapter = createHttpSmsSender({ url: simulator.url, token: simulator.token })
    await expect(adapter.send({ to: '0812', text: 'x' })).rejects.toThrow(/422/)
  })
})
