import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { onBeforeUnmount, shallowReactive } from 'vue'
import { fetchFile } from '@/api.ts'

/**
 * The documents of one application as blob: URLs. A link cannot carry the bearer token, so the
 * bytes are fetched with it and handed to the browser as an object URL (the API's CSP allows
 * blob: frames and images). Each document is fetched once per page (every fetch is audited) and
 * its URL released when the page goes.
 */
export function useDocumentFiles(applicationId: () => string) {
  const urls = shallowReactive(new Map<string, string>())

  async function urlFor(doc: DocumentInfo): Promise<string> {
    const cached = urls.get(doc.id)
    if (cached) return cached
    const blob = await fetchFile(applicationRoutes.download, { id: applicationId(), documentId: doc.id })
    // The type decided by the server from the content, not a guess from the name, tells the browser how to show it.
    const typed = blob.type === doc.contentType ? blob : new Blob([blob], { type: doc.contentType })
    const url = URL.createObjectURL(typed)
    urls.set(doc.id, url)
    return url
  }

  /** Saves the document under its original name. */
  async function download(doc: DocumentInfo) {
    const link = document.createElement('a')
    link.href = await urlFor(doc)
    link.download = doc.fileName
    link.click()
  }

  onBeforeUnmount(() => {
    for (const url of urls.values()) URL.revokeObjectURL(url)
    urls.clear()
  })

  return { urls, urlFor, download }
}
