import type { Requirement } from '@pintu/contract'

const mimeOf = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const
const extensionsOf = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg'], png: ['.png'] } as const

/** The `accept` attribute for a requirement's file picker: phones then offer only files that fit. */
export function acceptAttribute(requirement: Pick<Requirement, 'acceptedTypes'>): string {
  return requirement.acceptedTypes.flatMap((type) => [...extensionsOf[type], mimeOf[type]]).join(',')
}

export type FileProblem = 'empty' | 'too_large' | 'wrong_type'

/**
 * Checks a chosen file before sending it, so nobody waits for a 5 MB upload on a slow connection
 * only to be told it is too big. The server still decides, from the file's content.
 */
export function checkFile(
  file: Pick<File, 'name' | 'size' | 'type'>,
  requirement: Pick<Requirement, 'acceptedTypes' | 'maxSizeKb'>,
): FileProblem | null {
  if (file.size === 0) return 'empty'
  if (file.size > requirement.maxSizeKb * 1024) return 'too_large'
  const name = file.name.toLowerCase()
  const fits = requirement.acceptedTypes.some(
    (type) => file.type === mimeOf[type] || (!file.type && extensionsOf[type].some((ext) => name.endsWith(ext))),
  )
  return fits ? null : 'wrong_type'
}

/** Bytes as people read them: `2048` → `2 KB`, `1572864` → `1,5 MB`. */
export function formatBytes(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${number.format(bytes)} B`
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`
  return `${number.format(bytes / (1024 * 1024))} MB`
}
