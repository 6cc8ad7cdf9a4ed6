import { PGlite } from '@electric-sql/pglite'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { prepareDatabase } from '../../src/bootstrap/prepare-database.ts'
import { systemClock } from '../../src/clock.ts'
import { openPglite, openPostgres } from '../../src/db/database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a tarball of a migrated, seeded data directory that each test file loads. */
    pgliteTemplate: string
    /** PostgreSQL: the migrated, seeded database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplate: string
  }
}

/** Migrates and seeds one database per run, so each test file starts from a clone in well under a second. */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const templateName = `pintu_test_template_${process.pid}`
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`drop database if exists ${templateName}`)
    await admin.query(`create database ${templateName}`)
    const url = new URL(databaseUrl)
    url.pathname = `/${templateName}`
    const template = openPostgres(url.toString(), 1)
    await prepareDatabase(template, systemClock)
    await template.close()
    project.provide('postgresTemplate', templateName)
    project.provide('pgliteTemplate', '')
    return async () => {
      await admin.query(`drop database if exists ${templateName} with (force)`)
      await admin.end()
    }
  }
  const dir = path.join(os.tmpdir(), `pintu-test-${process.pid}`)
  await mkdir(dir, { recursive: true })
  const client = await PGlite.create()
  const template = openPglite(client)
  await prepareDatabase(template, systemClock)
  const file = path.join(dir, 'template.tar.gz')
  await writeFile(file, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()))
  await template.close()
  project.provide('pgliteTemplate', file)
  project.provide('postgresTemplate', '')
  return () => rm(dir, { recursive: true, force: true })
}
