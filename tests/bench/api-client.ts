// The few plain HTTP calls the benchmark makes outside autocannon.
export async function login(baseUrl: string, account: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { accessToken: string }).accessToken
}

export const submitPath = (id: string) => `/api/v1/applications/${id}/actions/submit`

export interface Receipt {
  registrationNo: string
  trackingCode: string
}

/** Submits drafts through the API, `concurrency` at a time, and returns their receipts. */
export async function submitAll(
  baseUrl: string,
  token: string,
  drafts: { id: string; version: number }[],
  concurrency = 8,
): Promise<Receipt[]> {
  const receipts: Receipt[] = []
  let next = 0
  const worker = async () => {
    while (next < drafts.length) {
      const draft = drafts[next++]!
      const response = await fetch(`${baseUrl}${submitPath(draft.id)}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-track-${draft.id}`,
        },
        body: JSON.stringify({ version: draft.version }),
      })
      if (!response.ok) throw new Error(`submit failed: ${response.status} ${await response.text()}`)
      receipts.push(((await response.json()) as { receipt: Receipt }).receipt)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return receipts
}
