import { describe, expect, it } from 'vitest'
import { databaseUnavailable } from './unavailable.ts'

describe('a database that cannot serve is told apart from a wrong request', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'a session cut by a shutdown (57P01), wrapped by Drizzle',
      new Error('Failed query', { cause: { code: '57P01' } }),
    ],
    ['a server starting up (57P03)', { code: '57P03', message: 'the database system is starting up' }],
    ['a statement cancelled by statement_timeout (57014)', { code: '57014' }],
    ['a connection exception (08006)', { code: '08006' }],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['every address refusing', Object.assign(new AggregateError([{ code: 'ECONNREFUSED' }]), { code: undefined })],
  ])('%s is unavailable', (_name, error) => expect(databaseUnavailable(error)).toBe(true))

  it.each([
    ['a unique violation', { code: '23505' }],
    ['a check violation, wrapped', new Error('Failed query', { cause: { code: '23514' } })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s is not', (_name, error) => expect(databaseUnavailable(error)).toBe(false))
})
