import type { ServiceDefinition } from '@pintu/contract'

/** Lower-case and strip accents, so "Pariwisata", "PARIWISATA" and "pariwísata" all match. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** What the catalogue search looks through: code, short name, names and descriptions in both languages. */
export function searchTextOf(def: ServiceDefinition): string {
  return normalizeForSearch(
    [def.code, def.shortName ?? '', def.name.id, def.name.en, def.description.id, def.description.en].join(' '),
  )
}

/** Search words, each matched as a substring; LIKE wildcards in them are escaped. */
export function searchWords(q: string | undefined): string[] {
  return normalizeForSearch(q ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => word.replace(/[\\%_]/g, (c) => `\\${c}`))
}
