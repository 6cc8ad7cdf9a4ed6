import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** Logout, revocation, deactivation and role changes take effect at once, not when tokens expire. */
describe('sessions end at once', () => {
  let t: TestApp
  let admin: Account
  beforeAll(async () => {
    t = await createTestApp()
    admin = await t.account(['admin'])
    await t.account(['admin'])
  })
  afterAll(() => t.close())

  const login = async (email: string, password: string, ip = '10.9.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip })
  const me = (token: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })

  it('ends the access token of a login when it logs out, and only that login', async () => {
    const { user, password } = await t.account(['auditor'])
    const first = (await login(user.email, password)).json()
    const second = (await login(user.email, password)).json()
    expect((await me(first.accessToken)).statusCode).toBe(200)
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: { refreshToken: first.refreshToken },
    })
    expect(out.statusCode).toBe(204)
    const after = await me(first.accessToken)
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('auth.session_ended')
    expect((await me(second.accessToken)).statusCode).toBe(200)
  })

  it('ends every access token of a family when a reused refresh token revokes it', async () => {
    const { user, password } = await t.account(['auditor'])
    const session = (await login(user.email, password)).json()
    const refresh = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: token } })
    const rotated = (await refresh(session.refreshToken)).json()
    expect((await refresh(session.refreshToken)).json().error.code).toBe('auth.refresh_reused')
    expect((await me(rotated.accessToken)).statusCode).toBe(401)
  })

  it('refuses a correctly signed token for an account that does not exist', async () => {
    const token = t.app.signAccessToken({
      sub: randomUUID(),
      kind: 'officer',
      roles: ['admin'],
      office: t.office.code,
      sv: 1,
      fam: randomUUID(),
    }).token
    const res = await me(token)
    expect(res.statusCode).toBe(401)
    const users = await t.app.inject({
      method: 'GET',
      url: '/api/v1/officers',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(users.statusCode).toBe(401)
  })

  it('refuses a signed token without a session version or family (issued before sessions were checked)', async () => {
    const { user } = await t.account(['admin'])
    const token = t.app.jwt.sign({ sub: user.id, kind: 'officer', roles: ['admin'], office: t.office.code } as never)
    expect((await me(token)).statusCode).toBe(401)
  })

  it("ends an officer's sessions when an admin changes their roles", async () => {
    const officer = await t.account(['frontdesk'])
    const session = (await login(officer.user.email, officer.password, '10.9.1.1')).json()
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/officers/${officer.user.id}/roles`,
      headers: admin.headers,
      payload: { roles: ['technical'] },
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({ roles: ['technical'], pendingRoles: [] })
    expect((await me(session.accessToken)).json().error.code).toBe('auth.session_ended')
    expect((await me(officer.token)).statusCode).toBe(401)
    const again = (await login(officer.user.email, officer.password, '10.9.1.1')).json()
    expect(again.account.roles).toEqual(['technical'])
  })
})

describe('officer deactivation', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let admin: Account
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    admin = await t.account(['admin'])
  })
  afterAll(() => t.close())

  it("ends the officer's sessions and logins at once and hands their open files to others", async () => {
    const applicant = await t.account(['applicant'])
    const draft = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, draft.id, 'submit', { version: draft.version })
    const holder = team.byId(await h.assigneeId(draft.id))!
    const session = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: holder.user.email, password: holder.password },
      })
    ).json()

    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/officers/${holder.user.id}/deactivate`,
      headers: admin.headers,
      payload: { reason: 'Dimutasi ke dinas lain per 1 Desember.' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ officer: { id: holder.user.id, active: false, onDuty: false }, handedOver: 1 })
    const other = await h.assigneeId(draft.id)
    expect(other).not.toBeNull()
    expect(other).not.toBe(holder.user.id)

    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/work/queue',
          headers: { authorization: `Bearer ${session.accessToken}` },
        })
      ).statusCode,
    ).toBe(401)
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: holder.user.email, password: holder.password },
    })
    expect(relogin.statusCode).toBe(401)
    expect(relogin.json().error.code).toBe('auth.account_deactivated')
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    })
    expect(refresh.statusCode).toBe(401)
  })

  it("refuses to deactivate one's own account, so the last admin always stays", async () => {
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/v1/officers/${admin.user.id}/deactivate`,
      headers: admin.headers,
      payload: { reason: 'Uji menonaktifkan diri sendiri.' },
    })
    expect(self.statusCode).toBe(409)
    expect(self.json().error.code).toBe('officers.cannot_deactivate_self')
  })
})
