import { configKeys, loadConfig } from '@pintu/api/config'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = new URL('../../', import.meta.url)
// `merge`: the replicas share one definition through a YAML anchor and merge key, as Compose reads it.
const compose = parse(await readFile(new URL('docker-compose.yml', root), 'utf8'), { merge: true })
const nginx = await readFile(new URL('deploy/nginx.conf', root), 'utf8')
const dockerfile = await readFile(new URL('Dockerfile', root), 'utf8')
/** Compose-style ${VAR:?message} / ${VAR} substitution with sample values. */
const substitute = (value: string) =>
  String(value).replace(
    /\$\{(\w+)(:\?[^}]*)?\}/g,
    (_, name: string) => `sample-${name.toLowerCase()}-0123456789abcdef0123456789`,
  )

describe('docker-compose.yml', () => {
  const replicas = ['api-1', 'api-2'].map((name) => compose.services[name])
  const api = replicas[0]
  const proxy = compose.services.proxy
  const postgres = compose.services.postgres
  const env: Record<string, string> = Object.fromEntries(
    Object.entries(api.environment).map(([k, v]) => [k, substitute(String(v))]),
  )

  it('runs PostgreSQL 16 with a persistent volume and a health check', () => {
    expect(postgres.image).toMatch(/^postgres:16/)
    expect(postgres.volumes.some((v: string) => v.startsWith('pgdata:'))).toBe(true)
    expect(compose.volumes).toHaveProperty('pgdata')
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready')
  })

  it('starts the API after the database is healthy', () => {
    expect(api.depends_on.postgres.condition).toBe('service_healthy')
    expect(api.build.dockerfile).toBe('Dockerfile')
  })

  it('runs two identical API replicas on one database and one data volume, reachable only through the proxy', () => {
    expect(replicas[1]).toEqual(replicas[0])
    expect(Object.keys(compose.services).filter((name) => compose.services[name].build)).toEqual(['api-1', 'api-2'])
    // Uploaded documents and the generated keys and secrets must be the same for both.
    expect(api.volumes).toEqual(['apidata:/data'])
    expect(compose.volumes).toHaveProperty('apidata')
    expect(api.ports).toBeUndefined()
    expect(loadConfig(env).trustProxy).toBe(true)
  })

  it('balances between both replicas with nginx, started once they are healthy', () => {
    expect(proxy.image).toMatch(/^nginx:/)
    expect(proxy.volumes).toEqual(['./deploy/nginx.conf:/etc/nginx/nginx.conf:ro'])
    expect(proxy.depends_on).toEqual({
      'api-1': { condition: 'service_healthy' },
      'api-2': { condition: 'service_healthy' },
    })
    const [published, listened] = String(proxy.ports[0]).split(':')
    expect(published).toBe('3000')
    expect(nginx).toMatch(new RegExp(`^\\s*listen ${listened};$`, 'm'))
    const upstream = /upstream pintu_api \{([^}]*)\}/.exec(nginx)![1]!
    const servers = [...upstream.matchAll(/^\s*server (\S+)/gm)].map((m) => m[1])
    expect(servers).toEqual([`api-1:${env.PORT}`, `api-2:${env.PORT}`])
    expect(nginx).toMatch(/proxy_pass http:\/\/pintu_api;/)
  })

  it('gives the replicas the client address in a header the client cannot choose', () => {
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/)
    expect(nginx).not.toContain('$proxy_add_x_forwarded_for')
    // Uploads (up to 20 MiB) pass the proxy.
    expect(Number(/client_max_body_size (\d+)m;/.exec(nginx)![1])).toBeGreaterThan(20)
    // The proxy waits longer than the API's own request timeout before giving up on a replica.
    expect(Number(/proxy_read_timeout (\d+)s;/.exec(nginx)![1])).toBeGreaterThan(loadConfig(env).requestTimeoutSeconds)
  })

  it('gives the API only variables it reads, and a configuration it accepts', () => {
    for (const key of Object.keys(env)) expect(configKeys, key).toContain(key)
    const config = loadConfig(env)
    expect(config.demoAccounts).toBe(false)
    expect(config.host).toBe('0.0.0.0')
    expect(config.port).toBe(3000)
  })

  it('points the API at the compose database with the same credentials', () => {
    const url = new URL(env.DATABASE_URL!)
    expect(url.hostname).toBe('postgres')
    expect(url.username).toBe(postgres.environment.POSTGRES_USER)
    expect(url.pathname).toBe(`/${postgres.environment.POSTGRES_DB}`)
    expect(decodeURIComponent(url.password)).toBe(substitute(postgres.environment.POSTGRES_PASSWORD))
  })

  it('keeps secrets out of the file: they must come from the environment', () => {
    expect(api.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/)
    expect(postgres.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/)
  })

  it('builds a multi-stage image that runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2)
    expect(dockerfile).toMatch(/^USER node$/m)
    expect(dockerfile).toContain('pnpm@12.4.2')
  })

  it('runs the compiled API on the same Node the project carries', async () => {
    const manifest = JSON.parse(await readFile(new URL('package.json', root), 'utf8'))
    for (const from of dockerfile.match(/^FROM \S+/gm)!)
      expect(from).toContain(`node:${manifest.devDependencies.node}-`)
    // The same V8 flag as `pnpm start` (a young generation sized for a 2-core box, not for its RAM).
    const start = JSON.parse(await readFile(new URL('apps/api/package.json', root), 'utf8')).scripts.start
    expect(start).toBe('node --max-semi-space-size=8 dist/server.mjs')
    expect(dockerfile).toMatch(/^CMD \["node", "--max-semi-space-size=8", "apps\/api\/dist\/server\.mjs"\]$/m)
    expect(dockerfile).not.toContain('tsx')
  })
})
