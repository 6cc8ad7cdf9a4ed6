// The witness's configuration, from command-line flags and an optional JSON file. The only place
// that reads process arguments; everything else receives a typed WitnessConfig.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

export interface WitnessedLog {
  /** The checkpoint origin line that identifies the log. */
  readonly origin: string
  /** The log's Ed25519 verifier keys (more than one during a key rotation). */
  readonly vkeys: readonly string[]
}

export interface WitnessConfig {
  /** The witness's key name; needed when the key is first generated, else checked against it. */
  readonly name: string | undefined
  readonly listen: string
  readonly port: number
  readonly stateDir: string
  readonly logs: readonly WitnessedLog[]
}

export const USAGE = `Usage: witness [--config FILE] [--name NAME] [--listen ADDRESS] [--port PORT]
               [--state-dir DIR] [--log ORIGIN=VKEY]...

  --config FILE      JSON: {"name", "listen", "port", "stateDir", "logs": [{"origin", "vkey"}]}
  --name NAME        the witness key name, e.g. witness.pintu.example (required on first start)
  --listen ADDRESS   address to listen on (default 127.0.0.1)
  --port PORT        TCP port (default 7380; 0 picks a free one)
  --state-dir DIR    where the key, the state and the cosigned checkpoints live (default data/witness)
  --log ORIGIN=VKEY  a log to witness; repeat for more logs or more keys of one log
  --help             this text
Flags override the file; --log adds to the file's logs.`

export const wantsHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h')

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

interface FileConfig {
  name?: unknown
  listen?: unknown
  port?: unknown
  stateDir?: unknown
  logs?: unknown
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.length === 0) throw new ConfigError(`${field} must be a non-empty string`)
  return value
}

function parsePort(value: unknown): number {
  const port = typeof value === 'string' && /^[0-9]{1,5}$/.test(value) ? Number(value) : value
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError('port must be an integer from 0 to 65535')
  }
  return port
}

function readConfigFile(path: string): FileConfig {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError('the config file must hold a JSON object')
  }
  return parsed as FileConfig
}

function logsFromFile(value: unknown): { origin: string; vkey: string }[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError('logs must be an array of {"origin", "vkey"}')
  return value.map((entry: { origin?: unknown; vkey?: unknown }) => ({
    origin: optionalString(entry?.origin, 'logs[].origin') ?? '',
    vkey: optionalString(entry?.vkey, 'logs[].vkey') ?? '',
  }))
}

/** ORIGIN=VKEY; a vkey's base64 of 33 bytes has no padding, so the first "=" ends the origin. */
function logFromFlag(flag: string): { origin: string; vkey: string } {
  const separator = flag.indexOf('=')
  if (separator < 1 || separator === flag.length - 1) throw new ConfigError(`--log expects ORIGIN=VKEY, got ${flag}`)
  return { origin: flag.slice(0, separator), vkey: flag.slice(separator + 1) }
}

function groupLogs(entries: readonly { origin: string; vkey: string }[]): WitnessedLog[] {
  const byOrigin = new Map<string, string[]>()
  for (const { origin, vkey } of entries) {
    if (origin.length === 0 || vkey.length === 0) throw new ConfigError('every log needs an origin and a vkey')
    if (origin.includes('\n')) throw new ConfigError('an origin is a single line')
    const vkeys = byOrigin.get(origin) ?? []
    if (!vkeys.includes(vkey)) vkeys.push(vkey)
    byOrigin.set(origin, vkeys)
  }
  return [...byOrigin].map(([origin, vkeys]) => ({ origin, vkeys }))
}

export function parseConfig(args: readonly string[]): WitnessConfig {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        config: { type: 'string' },
        name: { type: 'string' },
        listen: { type: 'string' },
        port: { type: 'string' },
        'state-dir': { type: 'string' },
        log: { type: 'string', multiple: true },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    throw new ConfigError((error as Error).message)
  }
  const file = parsed.config ? readConfigFile(parsed.config) : {}
  const logs = groupLogs([...logsFromFile(file.logs), ...(parsed.log ?? []).map(logFromFlag)])
  if (logs.length === 0) {
    throw new ConfigError('witness at least one log (--log ORIGIN=VKEY or "logs" in the config file)')
  }
  return {
    name: parsed.name ?? optionalString(file.name, 'name'),
    listen: parsed.listen ?? optionalString(file.listen, 'listen') ?? '127.0.0.1',
    port: parsePort(parsed.port ?? file.port ?? 7380),
    stateDir: parsed['state-dir'] ?? optionalString(file.stateDir, 'stateDir') ?? 'data/witness',
    logs,
  }
}
