import { bigint, customType, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/** Raw bytes: hashes, tiles and entry bundles (node-postgres gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/**
 * One row per log entry: which recorded change sits at which position, and its RFC 9162 leaf hash.
 * Positions are given by the sequencer in the order it integrates, never inferred from audit ids
 * (those commit out of order). Append-only (migration guard).
 */
export const transparencyEntries = pgTable(
  'transparency_entries',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    position: bigint('position', { mode: 'number' }).notNull(),
    auditId: bigint('audit_id', { mode: 'number' }).notNull(),
    leafHash: bytea('leaf_hash').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.officeId, table.position] }),
    unique('transparency_entries_audit_unique').on(table.officeId, table.auditId),
  ],
)

/**
 * The tiles of C2SP tlog-tiles, as integration produced them: a level and index, and every width
 * it was stored at (the partial tiles of each integrated size, then the full one). Tile bytes are
 * immutable once written (migration guard); a request never recomputes one.
 */
export const transparencyTiles = pgTable(
  'transparency_tiles',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    level: smallint('level').notNull(),
    index: bigint('index', { mode: 'number' }).notNull(),
    width: smallint('width').notNull(),
    hashes: bytea('hashes').notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.level, table.index, table.width] })],
)

/** Entry bundles (tile/entries/<N>[.p/<W>]): the entries themselves, as served. */
export const transparencyBundles = pgTable(
  'transparency_bundles',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    index: bigint('index', { mode: 'number' }).notNull(),
    width: smallint('width').notNull(),
    data: bytea('data').notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.index, table.width] })],
)

/** Every signed checkpoint, so a verifier can check each one against the next (append-only). */
export const transparencyCheckpoints = pgTable(
  'transparency_checkpoints',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: bytea('root_hash').notNull(),
    /** The signed note as served, with the log's signature (cosignatures are added beside it). */
    note: text('note').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.treeSize] })],
)

/**
 * Where the sequencer stands, one row per office: the integrated tree size and root, and the last
 * outbox row integrated, as (transaction id, outbox id): the order it reads the outbox in.
 */
export const transparencyState = pgTable('transparency_state', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
  rootHash: bytea('root_hash').notNull(),
  lastXid: text('last_xid').notNull(),
  lastOutboxId: bigint('last_outbox_id', { mode: 'number' }).notNull(),
  integratedAt: timestamp('integrated_at', { withTimezone: true }).notNull(),
})

/**
 * Each witness's cosignature of a checkpoint (C2SP tlog-cosignature), as the witness answered it.
 * While the log is idle its latest checkpoint goes back to the witnesses every few minutes, and
 * each fresh, later-timestamped cosignature is kept beside the earlier ones (append-only).
 */
export const transparencyCosignatures = pgTable(
  'transparency_cosignatures',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    /** The witness's key name (its vkey's name). */
    witness: text('witness').notNull(),
    /** The signature line to append to the checkpoint note: `— <name> <base64>`. */
    signatureLine: text('signature_line').notNull(),
    cosignedAt: timestamp('cosigned_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.treeSize, table.witness, table.cosignedAt] })],
)
