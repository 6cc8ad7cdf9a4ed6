import { describe, expect, it } from 'vitest'
import { nextPath } from './nextPath.ts'

describe('where logging in or registering leads', () => {
  it('back to the page that asked, such as the application being started', () => {
    expect(nextPath('/layanan/REKLAME/ajukan')).toBe('/layanan/REKLAME/ajukan')
    expect(nextPath('/permohonan/1?x=1#y')).toBe('/permohonan/1?x=1#y')
  })

  it.each([
    [undefined],
    [null],
    [''],
    ['https://jahat.example/'],
    ['//jahat.example'],
    ['/\\jahat.example'],
    [['/a', '/b']],
  ])('to the account page for anything else (%j)', (next) => {
    expect(nextPath(next as never)).toBe('/akun')
  })
})
