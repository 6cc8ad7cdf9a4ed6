import { sql } from 'drizzle-orm'
import { bigint, check, customType, pgTable, primaryKey, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core'

/** Raw bytes: hashes, tiles and entry bundles (node-postgres gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

// The cell's one log (SPEC §8, issue 16): every office a deployment's database holds writes into
// one tree, each entry naming its office, so these tables carry no office key. They are the
// cell's, not an office's: under a distributed PostgreSQL they would stay local to the cell.

/**
 * One row per log entry: which recorded change sits at which position, and its RFC 9162 leaf hash.
 * Positions are given by the sequencer in the order it integrates, never inferred from audit ids
 * (those commit out of order). Append-only (migration guard).
 */
export const transparencyEntries = pgTable(
  'transparency_entries',
  {
    position: bigint('position', { mode: 'number' }).notNull(),
    auditId: bigint('audit_id', { mode: 'number' }).notNull(),
    leafHash: bytea('leaf_hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.position] }), unique('transparency_entries_audit_unique').on(table.auditId)],
)

/**
 * The tiles of C2SP tlog-tiles, as integration produced them: a level and index, and every width
 * it was stored at (the partial tiles of each integrated size, then the full one). Tile bytes are
 * immutable once written (migration guard); a request never recomputes one.
 */
export const transparencyTiles = pgTable(
  'transparency_tiles',
  {
    level: smallint('level').notNull(),
    index: bigint('index', { mode: 'number' }).notNull(),
    width: smallint('width').notNull(),
    hashes: bytea('hashes').notNull(),
  },
  (table) => [primaryKey({ columns: [table.level, table.index, table.width] })],
)

/** Entry bundles (tile/entries/<N>[.p/<W>]): the entries themselves, as served. */
export const transparencyBundles = pgTable(
  'transparency_bundles',
  {
    index: bigint('index', { mode: 'number' }).notNull(),
    width: smallint('width').notNull(),
    data: bytea('data').notNull(),
  },
  (table) => [primaryKey({ columns: [table.index, table.width] })],
)

/** Every signed checkpoint, so a verifier can check each one against the next (append-only). */
export const transparencyCheckpoints = pgTable(
  'transparency_checkpoints',
  {
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: bytea('root_hash').notNull(),
    /** The signed note as served, with the log's signature (cosignatures are added beside it). */
    note: text('note').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.treeSize] })],
)

/**
 * Where the sequencer stands, one row for the cell's log: the integrated tree size and root, and
 * the last outbox row integrated, as (transaction id, outbox id): the order it reads the outbox in.
 */
export const transparencyState = pgTable(
  'transparency_state',
  {
    /** Always 1: a cell has one log, so one row (the check makes a second row impossible). */
    id: smallint('id').primaryKey().default(1),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: bytea('root_hash').notNull(),
    lastXid: text('last_xid').notNull(),
    lastOutboxId: bigint('last_outbox_id', { mode: 'number' }).notNull(),
    integratedAt: timestamp('integrated_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('transparency_state_one_log', sql`${table.id} = 1`)],
)

/**
 * Each witness's cosignature of a checkpoint (C2SP tlog-cosignature), as the witness answered it.
 * While the log is idle its latest checkpoint goes back to the witnesses every few minutes, and
 * each fresh, later-timestamped cosignature is kept beside the earlier ones (append-only).
 */
export const transparencyCosignatures = pgTable(
  'transparency_cosignatures',
  {
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    /** The witness's key name (its vkey's name). */
    witness: text('witness').notNull(),
    /** The signature line to append to the checkpoint note: `— <name> <base64>`. */
    signatureLine: text('signature_line').notNull(),
    cosignedAt: timestamp('cosigned_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.treeSize, table.witness, table.cosignedAt] })],
)
