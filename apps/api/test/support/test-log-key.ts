import { generateKeyPair, SignatureType } from '@pintu/tlog/node'
import { logKeyFrom, type LogKey } from '../../src/modules/transparency/log-key.ts'

/** The origin of test apps' logs (C2SP: the scheme-less address of the tiles). */
export const TEST_LOG_ORIGIN = 'pintu.test/api/v1/transparency/log'

/** A fresh log key for one test app. */
export async function testLogKey(): Promise<LogKey> {
  return logKeyFrom((await generateKeyPair(TEST_LOG_ORIGIN, SignatureType.ed25519)).signerKey)
}
