import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './config.ts'

const VKEY = 'log.pintu.example+335c325d+ATxXbzpQq1Nd3ATTGIDLUNqEVIWlo/ByNmRHlMIUMVJz'
const OTHER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'

describe('witness configuration', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

  async function configFile(content: unknown): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'pintu-witness-config-'))
    dirs.push(dir)
    const path = join(dir, 'witness.json')
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content))
    return path
  }

  it('listens on loopback by default and reads logs from flags', () => {
    expect(parseConfig(['--log', `log.pintu.example=${VKEY}`])).toEqual({
      name: undefined,
      listen: '127.0.0.1',
      port: 7380,
      stateDir: 'data/witness',
      logs: [{ origin: 'log.pintu.example', vkeys: [VKEY] }],
    })
  })

  it('merges a config file with flags, flags winning, and groups keys by origin', async () => {
    const path = await configFile({
      name: 'witness.pintu.example',
      listen: '0.0.0.0',
      port: 9000,
      stateDir: '/var/lib/witness',
      logs: [{ origin: 'log.pintu.example', vkey: VKEY }],
    })
    const config = parseConfig(['--config', path, '--port', '0', '--log', `log.pintu.example=${OTHER_VKEY}`])
    expect(config).toEqual({
      name: 'witness.pintu.example',
      listen: '0.0.0.0',
      port: 0,
      stateDir: '/var/lib/witness',
      logs: [{ origin: 'log.pintu.example', vkeys: [VKEY, OTHER_VKEY] }],
    })
  })

  it.each([
    ['no log', []],
    ['a log without a key', ['--log', 'log.pintu.example=']],
    ['a log without an origin', ['--log', `=${VKEY}`]],
    ['a port out of range', ['--port', '70000', '--log', `a=${VKEY}`]],
    ['a port that is not a number', ['--port', 'http', '--log', `a=${VKEY}`]],
    ['an unknown flag', ['--verbose', '--log', `a=${VKEY}`]],
    ['a positional argument', ['serve', '--log', `a=${VKEY}`]],
    ['a missing config file', ['--config', '/nonexistent/witness.json']],
  ])('refuses %s', (_, args) => {
    expect(() => parseConfig(args)).toThrow(ConfigError)
  })

  it('refuses config files that are not a JSON object of the right shape', async () => {
    const contents = ['not json', '[1]', { logs: 'log.pintu.example' }, { port: '80x' }, { logs: [{ origin: 'a' }] }]
    for (const content of contents) {
      const path = await configFile(content)
      expect(() => parseConfig(['--config', path, '--log', `a=${VKEY}`]), JSON.stringify(content)).toThrow(ConfigError)
    }
  })
})
