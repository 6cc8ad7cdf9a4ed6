import type { ServedOffice } from '@pintu/contract'

type Language = 'id' | 'en'

export interface Province {
  code: string
  name: string
}

const byName = (language: Language) => (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, language)

/** The provinces the offices are in, each once, in alphabetical order of their name in `language`. */
export function provincesOf(offices: readonly ServedOffice[], language: Language): Province[] {
  const seen = new Map<string, Province>()
  for (const office of offices)
    if (!seen.has(office.province.code))
      seen.set(office.province.code, { code: office.province.code, name: office.province.name[language] })
  return [...seen.values()].sort(byName(language))
}

/** The cities and regencies served in a province, in alphabetical order of their name in `language`. */
export function regionsIn(
  offices: readonly ServedOffice[],
  provinceCode: string,
  language: Language,
): { code: string; name: string }[] {
  return offices
    .filter((office) => office.province.code === provinceCode)
    .map((office) => ({ code: office.code, name: office.region[language] }))
    .sort(byName(language))
}
