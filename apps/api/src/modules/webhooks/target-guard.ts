// No SSRF: a webhook goes only to the registered host, and only when every address that host
// resolves to is public. Checked when the subscription is made and again inside each connection's
// own DNS lookup, so a host that later resolves to an internal address (DNS rebinding) is refused.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
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
  ['::', 128],
  ['::1', 128],
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
  /** Tests only: allow `http://` and loopback or private addresses (a receiver on this machine). */
  allowPrivate: boolean
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
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const addresses = isIP(host) ? [host] : await resolveAll(host).catch(() => [])
  if (addresses.length === 0) return 'the host does not resolve'
  return addresses.every(isPublicAddress) ? null : 'the host has a private address'
}

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  )
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
    dnsLookup(hostname, { all: true, verbatim: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, [])
      const allowed = policy.allowPrivate ? addresses : addresses.filter((a) => isPublicAddress(a.address))
      if (allowed.length === 0 || allowed.length !== addresses.length)
        return callback(new RefusedAddressError(`${hostname} has a private address`), [])
      if (options.all) return callback(null, allowed)
      return callback(null, allowed[0]!.address, allowed[0]!.family)
    })
  }
}
