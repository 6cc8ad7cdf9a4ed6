// No SSRF: a webhook goes only to the registered host, and only when every address that host
// resolves to is public. Checked when the subscription is made and again inside each connection's
// own DNS lookup, so a host that later resolves to an internal address (DNS rebinding) is refused.
import { Resolver } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import { BlockList, isIP } from 'node:net'

const notPublic = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  // Unspecified, loopback and the deprecated IPv4-compatible addresses (::a.b.c.d).
  ['::', 96],
  ['::ffff:0:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv6')

export function isPublicAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return false
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped) return isPublicAddress(mapped[1]!)
    return !notPublic.check(address, 'ipv6')
  }
  return !notPublic.check(address, 'ipv4')
}

export interface TargetPolicy {
  /** Tests only: allow `http://`, any port, and loopback or private addresses (a receiver on this machine). */
  allowPrivate: boolean
}

/** HTTPS on its usual ports only: a webhook is no way to probe a third party's other services. */
const WEBHOOK_PORTS = new Set(['', '443', '8443'])

/**
 * DNS with a deadline: node's `dns.lookup` runs on libuv's small thread pool with no timeout, so a
 * name server that never answers would hold threads the rest of the API needs (files, passwords).
 */
const resolver = new Resolver({ timeout: 2000, tries: 2 })

async function resolveAll(host: string): Promise<LookupAddress[]> {
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)])
  return [
    ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 })) : []),
    ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 })) : []),
  ]
}

/** Why a URL is refused, or null when it may be subscribed. */
export async function refusedTarget(raw: string, policy: TargetPolicy): Promise<string | null> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'not a URL'
  }
  if (url.protocol !== 'https:' && !(policy.allowPrivate && url.protocol === 'http:')) return 'not https'
  if (url.username || url.password) return 'credentials in the URL'
  if (policy.allowPrivate) return null
  if (!WEBHOOK_PORTS.has(url.port)) return 'not port 443 or 8443'
  const addresses = await addressesOf(url.hostname)
  if (addresses.length === 0) return 'the host does not resolve'
  return addresses.every((a) => isPublicAddress(a.address)) ? null : 'the host has a private address'
}

/** A URL's host as addresses: an IP literal as itself, a name by DNS (none when it does not resolve). */
export async function addressesOf(hostname: string): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1')
  const family = isIP(host)
  return family ? [{ address: host, family }] : resolveAll(host).catch(() => [])
}

export class RefusedAddressError extends Error {
  readonly code = 'ERR_WEBHOOK_REFUSED_ADDRESS'
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void

/**
 * A `lookup` for node:http that refuses private addresses: the connection is made only to the
 * addresses checked here, so nothing can slip in between the check and the connect.
 */
export function guardedLookup(policy: TargetPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    void addressesOf(hostname).then((found) => {
      const addresses = options.family ? found.filter((a) => a.family === options.family) : found
      if (addresses.length === 0)
        return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), [])
      if (!policy.allowPrivate && !addresses.every((a) => isPublicAddress(a.address)))
        return callback(new RefusedAddressError(`${hostname} has a private address`), [])
      if (options.all) return callback(null, addresses)
      return callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}
