import { Type } from 'typebox'

/** The body of a 204 answer. */
export const NoContent = Type.Null({ description: 'No content' })
