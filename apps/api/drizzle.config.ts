import { defineConfig } from 'drizzle-kit'

// Generates SQL migrations from the tables; never used to push to a database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
})
