#!/usr/bin/env node
// Pintu for integrators: get a token by client credentials, see what it allows, and read the
// status of an application of one of your service types. Node 18+ (global fetch), no packages.
//
//   PINTU_URL=https://pintu.example PINTU_CLIENT_ID=… PINTU_CLIENT_SECRET=… \
//     node docs/examples/integration-quickstart.mjs [registration number]
const base = (process.env.PINTU_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
const clientId = process.env.PINTU_CLIENT_ID
const clientSecret = process.env.PINTU_CLIENT_SECRET
if (!clientId || !clientSecret) {
  console.error('Set PINTU_CLIENT_ID and PINTU_CLIENT_SECRET (an admin registers the client in Pintu).')
  process.exit(2)
}

/** What the example found, one line at a time, on standard output. */
const say = (line) => process.stdout.write(`${line}\n`)

/** client_secret_basic (RFC 6749 §2.3.1): id and secret form-encoded, then HTTP Basic. */
const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')

async function token(scope) {
  const res = await fetch(`${base}/api/v1/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope && { scope }) }),
  })
  const body = await res.json()
  // Token errors follow RFC 6749 §5.2: { error, error_description }.
  if (!res.ok) throw new Error(`token: ${res.status} ${body.error}: ${body.error_description}`)
  return body
}

/** One API call; on 429 waits as long as Retry-After says, once. */
async function call(accessToken, path) {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${accessToken}` } })
    if (res.status === 429 && attempt === 0) {
      await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000))
      continue
    }
    const body = await res.json()
    // Pintu's own errors: { error: { code, message } }; switch on code.
    if (!res.ok) throw new Error(`${path}: ${res.status} ${body.error?.code}`)
    return body
  }
}

const granted = await token()
say(`token for ${granted.expires_in} s, scopes: ${granted.scope}`)
const me = await call(granted.access_token, '/api/v1/integration/me')
say(`client ${me.name} (${me.ownerOrganisation}); service types ${me.serviceCodes.join(', ')}`)

const registrationNo = process.argv[2]
if (registrationNo) {
  const status = await call(
    granted.access_token,
    `/api/v1/integration/applications/${encodeURIComponent(registrationNo)}`,
  )
  say(`${status.registrationNo}: ${status.status}, expected ${status.expectedCompletionDate}`)
  for (const event of status.events) say(`  ${event.at}  ${event.action} → ${event.toStatus}`)
}
