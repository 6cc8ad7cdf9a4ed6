import { permitRoutes } from '@pintu/contract'
import { buildUrl } from '@pintu/contract/client'
import { fetchFileAsAccount, saveBlob } from '@/shared/authenticatedDownload.ts'

/** Downloads the signed permit PDF of an application, under the name the API gives it. */
export async function downloadPermitPdf(applicationId: string, permitNumber: string): Promise<void> {
  const { blob, fileName } = await fetchFileAsAccount(buildUrl(permitRoutes.pdf, { id: applicationId }))
  saveBlob(blob, fileName ?? `izin-${permitNumber.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`)
}
