import { applicationHelpers, officerCrew } from './applications.ts'
import { createTestApp, type TestApp } from './test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/**
 * The world the application lifecycle tests share: an app, the officer crew, an applicant and
 * another applicant who must not see the first one's files. Each test file opens its own.
 */
export async function lifecycleScene() {
  const t = await createTestApp()
  const h = applicationHelpers(t)
  const team = await officerCrew(t)
  const applicant: Account = await t.account(['applicant'])
  const other: Account = await t.account(['applicant'])

  /** The officer the system assigned, acting with the application's current version. */
  async function byAssignee(id: string, action: string, extra: Record<string, unknown> = {}) {
    const officer = team.byId(await h.assigneeId(id))
    if (!officer) throw new Error(`no crew officer assigned to ${id}`)
    const version = (await h.get(team.crew.supervisor!, id)).json().version
    return { officer, res: await h.act(officer, id, action, { version, ...extra }) }
  }

  return { t, h, team, applicant, other, byAssignee }
}
export type LifecycleScene = Awaited<ReturnType<typeof lifecycleScene>>
