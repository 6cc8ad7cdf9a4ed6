import { officeHeaders } from '@/features/office/chosenOffice.ts'

/**
 * Downloads a statistics address as CSV: the API answers CSV for `Accept: text/csv`, which a plain
 * link cannot send, so the file is fetched and handed to the browser as a download.
 */
export async function downloadCsv(path: string, fileName: string): Promise<void> {
  const res = await fetch(path, { headers: { accept: 'text/csv', ...officeHeaders() } })
  if (!res.ok) throw new Error(`CSV ${res.status}`)
  const url = URL.createObjectURL(await res.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}
