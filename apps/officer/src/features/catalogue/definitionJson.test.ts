import { describe, expect, it } from 'vitest'
import { definitionJson, parseDefinitionJson } from './definitionJson.ts'
import { sampleDefinition } from './testing/sampleDefinition.ts'

describe('advanced JSON editing of a definition', () => {
  it('reads back what it wrote', () => {
    const parsed = parseDefinitionJson(definitionJson(sampleDefinition()))
    expect(parsed).toEqual({ ok: true, definition: sampleDefinition() })
  })

  it('refuses text that is not JSON, with the parser’s reason', () => {
    const parsed = parseDefinitionJson('{ "code": ')
    expect(parsed.ok).toBe(false)
  })

  it('refuses JSON the form sections could not show', () => {
    const { stages: _stages, ...withoutStages } = sampleDefinition()
    expect(parseDefinitionJson(JSON.stringify(withoutStages))).toEqual({
      ok: false,
      reason: '/stages must be a list of objects',
    })
    expect(parseDefinitionJson('[]')).toEqual({ ok: false, reason: 'not an object' })
  })

  it('leaves the rules to the API: a wrong SLA still parses', () => {
    const parsed = parseDefinitionJson(JSON.stringify({ ...sampleDefinition(), slaDays: 99 }))
    expect(parsed.ok && parsed.definition.slaDays).toBe(99)
  })
})
