import { adminUrl } from '../postgres.ts'
import { postgresScaleDatabase } from './database.ts'
import { loadHelpers } from './generate.ts'
import * as gen from './generator-sql.ts'
import { agencyCount, applicantCount, officerCounts } from './distribution.ts'
const db = await postgresScaleDatabase(adminUrl, 'pintu_scale_dbg')
const { services, cover } = await loadHelpers(db)
const [office] = await db.rows<{ id: string }>(`select id from offices limit 1`)
const N = 100000
const a = applicantCount(N)
const params = { applications: N, applicants: a, agencies: agencyCount(a), officers: officerCounts(N), officeId: office!.id, today: new Date().toISOString(), coverService: cover.idx, services: services.length }
await db.rows(gen.officerFunction(params))
const sqlText = gen.createPlan(params).replace('create unlogged table scale_plan as', 'explain (analyze, buffers) ')
const rows = await db.rows<{ 'QUERY PLAN': string }>(sqlText)
console.log(rows.map((r) => r['QUERY PLAN']).join('\n'))
await db.close()
