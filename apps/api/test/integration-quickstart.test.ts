import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers } from './support/applications.ts'
import { integrationClientHelpers } from './support/integration-clients.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

/** The integrator's quick start (docs/api.md, docs/examples/integration-quickstart.mjs), run as written. */
describe('the integration quick start', () => {
  let t: TestApp
  let admin: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp()
    admin = await t.account(['admin'])
  })
  afterAll(() => t.close())
  const { register } = integrationClientHelpers(() => ({ t, admin }))

  it('the quick-start script of docs/api.md runs against a real server', async () => {
    const h = applicationHelpers(t)
    const applicant = await t.account(['applicant'])
    const draft = await h.readyDraft(applicant, 'SKP')
    const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const { client, clientSecret } = await register({ scopes: ['applications:read'] })
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 })
    const script = fileURLToPath(new URL('../../../docs/examples/integration-quickstart.mjs', import.meta.url))
    const { stdout } = await promisify(execFile)(process.execPath, [script, submitted.registrationNo], {
      env: {
        PATH: process.env.PATH,
        PINTU_URL: address,
        PINTU_CLIENT_ID: client.id,
        PINTU_CLIENT_SECRET: clientSecret,
      },
      timeout: 30_000,
    })
    expect(stdout).toContain('scopes: applications:read')
    expect(stdout).toContain('client Portal Notaris Kota Bandung')
    expect(stdout).toContain(`${submitted.registrationNo}: submitted`)
    expect(stdout).toMatch(/submit → submitted/)
  })
})
