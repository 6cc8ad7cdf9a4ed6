// Every checkpoint the witness cosigned, one JSON line each in <state dir>/cosigned.jsonl, so an
// auditor can later compare the log's published history against what this witness vouched for.
import { join } from 'node:path'
import { appendDurably } from './durable-file.ts'

export interface CosignedRecord {
  /** When the witness cosigned, ISO 8601. */
  readonly time: string
  readonly origin: string
  readonly size: number
  /** The cosigned checkpoint note, log signatures and this witness's cosignature included. */
  readonly checkpoint: string
}

export interface CosignedLog {
  /** Appends and fsyncs a record before returning. */
  append(record: CosignedRecord): Promise<void>
}

export function openCosignedLog(stateDir: string): CosignedLog {
  const path = join(stateDir, 'cosigned.jsonl')
  return { append: (record) => appendDurably(path, `${JSON.stringify(record)}\n`) }
}
