import { returnReasonCodes } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { enMessages, idMessages } from '@/i18n/testing.ts'
import { faqKeys, glossaryKeys, returnAdviceKeys } from './helpTopics.ts'

const at = (messages: object, path: string) =>
  path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)

describe('the help topics', () => {
  it('has a question and answer, in both languages, for every FAQ entry, and a meaning for every word', () => {
    for (const messages of [idMessages, enMessages]) {
      for (const key of faqKeys) {
        expect(at(messages, `help.faq.${key}.q`), key).toEqual(expect.stringMatching(/\?$/))
        expect(at(messages, `help.faq.${key}.a`), key).toEqual(expect.any(String))
      }
      for (const key of glossaryKeys) {
        expect(at(messages, `help.glossary.${key}.term`), key).toEqual(expect.any(String))
        expect(at(messages, `help.glossary.${key}.meaning`), key).toEqual(expect.any(String))
      }
    }
  })

  it('gives advice for every reason an officer may return a file with, and only those', () => {
    expect([...returnAdviceKeys].sort()).toEqual([...returnReasonCodes].sort())
    for (const messages of [idMessages, enMessages])
      for (const reason of returnAdviceKeys)
        expect(at(messages, `serviceHelp.advice.${reason}`)).toEqual(expect.any(String))
  })

  it('explains the words the issue named: retribusi, SKRD, fiktif positif, Plt. and Plh.', () => {
    const terms = glossaryKeys.map((key) => String(at(idMessages, `help.glossary.${key}.term`)))
    for (const word of ['Retribusi', 'SKRD', 'Fiktif positif', 'Plt.', 'Plh.']) {
      expect(
        terms.some((term) => term.startsWith(word)),
        word,
      ).toBe(true)
    }
  })
})
