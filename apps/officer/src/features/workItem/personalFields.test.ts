import { formFieldTypes } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { isPersonal } from './personalFields.ts'

describe('personal form fields', () => {
  it('are the identity number, phone and email; business identifiers are not personal', () => {
    expect(formFieldTypes.filter((type) => isPersonal({ type }))).toEqual(['nik', 'phone', 'email'])
  })
})
