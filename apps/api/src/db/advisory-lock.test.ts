import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('..', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(path.join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
        ? [path.join(dir, d.name)]
        : [],
  )
}

describe('advisory lock keys', () => {
  it('every lock key in the API names one lock, so no job skips its round because another job runs', () => {
    const keys = sourceFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/const (\w+_LOCK(?:_KEY)?) = (0x[\da-f_]+|[\d_]+)\b/gi)].map((m) => ({
        name: `${path.relative(src, file)}: ${m[1]}`,
        value: Number(m[2]!.replaceAll('_', '')),
      })),
    )
    // The migrations, the two jobs, the sequencer, both planners, numbering and seeding at least.
    expect(keys.length).toBeGreaterThanOrEqual(8)
    const namesOf = new Map<number, string[]>()
    for (const k of keys) namesOf.set(k.value, [...(namesOf.get(k.value) ?? []), k.name])
    expect([...namesOf.values()].filter((names) => names.length > 1)).toEqual([])
  })
})
