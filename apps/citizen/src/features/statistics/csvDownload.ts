import { officeHeaders } from '@/features/office/chosenOffice.ts'

/**
 * Downloads a statistics address as CSV: the API answers CSV for `Accept: text/csv`, which a plain
 * link cannot send, so the file is fetched and handed to the browser as a download.
 */
export async function downloadCsv(path: string, fileName: string): Promise<void> {
  const res = await fetch(path, { headers: { accept: 'text/csv', ...officeHeaders() } })
  if (!res.ok) throw new Error(`CSV ${res.status}`)
  saveFile(await res.blob(), fileName)
}

/** Hands a file made or fetched in the page to the browser as a download. */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}
