import { describe, expect, it } from 'vitest'
import { mayMeasure } from './consent.ts'

describe('whether real-user timings may be sent', () => {
  it.each([
    [{ doNotTrack: '1' }, false],
    [{ doNotTrack: 'yes' }, false],
    [{ globalPrivacyControl: true }, false],
    [{ doNotTrack: '0', globalPrivacyControl: true }, false],
    [{ doNotTrack: '1', globalPrivacyControl: false }, false],
    [{}, true],
    [{ doNotTrack: null }, true],
    [{ doNotTrack: '0' }, true],
    [{ doNotTrack: 'unspecified', globalPrivacyControl: false }, true],
  ])('%j: %s', (signals, allowed) => {
    expect(mayMeasure(signals)).toBe(allowed)
  })
})
