import type { Db } from './database.ts'

/** A transaction handle; repositories accept it wherever they accept the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
/** Either the database or an open transaction. */
export type Executor = Db | Tx
