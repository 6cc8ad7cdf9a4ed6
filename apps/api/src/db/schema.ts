// Every table, for Drizzle's relational queries and drizzle-kit.
export * from '../modules/offices/offices.table.ts'
export * from '../modules/identity/identity.table.ts'
export * from '../modules/catalogue/catalogue.table.ts'
export * from '../modules/audit/audit.table.ts'
export * from '../modules/applications/applications.table.ts'
export * from '../modules/idempotency/idempotency.table.ts'
export * from '../modules/calendar/calendar.table.ts'
export * from '../modules/permits/permits.table.ts'
