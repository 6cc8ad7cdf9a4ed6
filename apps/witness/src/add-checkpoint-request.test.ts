import { toBase64, utf8 } from '@pintu/tlog/node'
import { describe, expect, it } from 'vitest'
import { parseAddCheckpointRequest } from './add-checkpoint-request.ts'

// The example request body of C2SP tlog-witness "add-checkpoint".
const LOG_SIGNATURES = [
  'Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=',
  'opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=',
]
const SPEC_EXAMPLE = `old 20852014
PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

example.com/behind-the-sofa
20852163
CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

— example.com/behind-the-sofa ${LOG_SIGNATURES[0]}
— example.com/behind-the-sofa ${LOG_SIGNATURES[1]}
`

const hashLine = `${toBase64(new Uint8Array(32))}\n`
const note = 'example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n— example.com/log AAAAAAAA\n'

describe('the add-checkpoint request body', () => {
  it('parses the spec example into old size, proof and checkpoint note', () => {
    const request = parseAddCheckpointRequest(utf8(SPEC_EXAMPLE))
    if (typeof request === 'string') throw new Error(request)
    expect(request.oldSize).toBe(20_852_014)
    expect(request.proof.map(toBase64)).toEqual(SPEC_EXAMPLE.split('\n').slice(1, 5))
    expect(request.note).toBe(SPEC_EXAMPLE.slice(SPEC_EXAMPLE.indexOf('example.com/behind-the-sofa\n')))
  })

  it('takes up to 63 proof lines and refuses 64', () => {
    const at63 = parseAddCheckpointRequest(utf8(`old 5\n${hashLine.repeat(63)}\n${note}`))
    expect(typeof at63 === 'string' ? at63 : at63.proof.length).toBe(63)
    expect(typeof parseAddCheckpointRequest(utf8(`old 5\n${hashLine.repeat(64)}\n${note}`))).toBe('string')
    expect(typeof parseAddCheckpointRequest(utf8(`old 5\n${hashLine.repeat(100_000)}\n${note}`))).toBe('string')
  })

  it.each([
    ['no empty line', `old 0\n${note.replace('\n\n', '\n')}`],
    ['no old size line', `\n${note}`],
    ['a capitalised keyword', `Old 0\n\n${note}`],
    ['two spaces', `old  0\n\n${note}`],
    ['a leading zero', `old 00\n\n${note}`],
    ['a sign', `old +1\n\n${note}`],
    ['a size beyond 2^53 - 1', `old 9007199254740992\n\n${note}`],
    ['carriage returns', `old 0\r\n\r\n${note}`],
    ['a short proof hash', `old 1\n${toBase64(new Uint8Array(31))}\n\n${note}`],
    ['a proof hash in unpadded base64', `old 1\n${hashLine.replace('=', '')}\n${note}`],
  ])('refuses %s', (_, body) => {
    expect(typeof parseAddCheckpointRequest(utf8(body))).toBe('string')
  })

  it('refuses a body that is not UTF-8', () => {
    expect(typeof parseAddCheckpointRequest(Uint8Array.of(...utf8('old 0\n\n'), 0xc3, 0x28))).toBe('string')
  })
})
