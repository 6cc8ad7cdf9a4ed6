// Starts a witness: `pnpm witness --name witness.example --log example.com/log=<vkey>`.
import { mkdir } from 'node:fs/promises'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { loadSigner, loadVerifier, SignatureType, parseVerifierKey, sha256 } from '@pintu/tlog/node'
import { ConfigError, parseConfig, USAGE, wantsHelp } from './config.ts'
import { openCosignedLog } from './cosigned-log.ts'
import { createWitnessServer } from './http-server.ts'
import { acquireStateLock } from './state-lock.ts'
import { openStateStore } from './state-store.ts'
import { createWitness } from './witness.ts'
import { loadOrCreateWitnessKey } from './witness-key.ts'

const log = (message: string): void => void process.stderr.write(`${new Date().toISOString()} ${message}\n`)

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (wantsHelp(args)) return void process.stdout.write(`${USAGE}\n`)
  const config = parseConfig(args)
  await mkdir(config.stateDir, { recursive: true, mode: 0o700 })
  const releaseLock = await acquireStateLock(config.stateDir)
  const key = await loadOrCreateWitnessKey(config.stateDir, config.name)
  const logs = new Map<string, Awaited<ReturnType<typeof loadVerifier>>[]>()
  for (const { origin, vkeys } of config.logs) {
    for (const vkey of vkeys) {
      // tlog-tiles: a public log's checkpoint "MUST carry at least one Ed25519 signature by the log".
      if (parseVerifierKey(sha256, vkey).type !== SignatureType.ed25519) {
        throw new ConfigError(`the key for ${origin} is not an Ed25519 note key`)
      }
    }
    logs.set(origin, await Promise.all(vkeys.map(loadVerifier)))
  }
  const witness = createWitness({
    cosigner: await loadSigner(key.signerKey),
    logs,
    store: await openStateStore(config.stateDir),
    cosignedLog: openCosignedLog(config.stateDir),
  })
  const server = createWitnessServer(witness, log)
  server.listen(config.port, config.listen)
  await once(server, 'listening')
  const { address, port } = server.address() as AddressInfo
  // One line on stdout for whoever started the witness (tests read the port from it).
  process.stdout.write(`${JSON.stringify({ listening: `http://${address}:${port}`, vkey: key.verifierKey })}\n`)
  log(`witnessing ${[...logs.keys()].join(', ')} as ${key.verifierKey}`)

  const stop = (): void => {
    server.close(() => void releaseLock().finally(() => process.exit(0)))
    server.closeIdleConnections()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n\n${USAGE}\n`)
  else process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})
