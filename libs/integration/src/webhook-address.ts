import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { LookupFunction } from 'node:net';

/**
 * Addresses a webhook must not reach unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES allows it: a
 * webhook URL is chosen by an agency administrator, and a request from inside the network to
 * loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * multicast or reserved ranges would be a server-side request forgery.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  // unspecified, loopback and the deprecated IPv4-compatible addresses (::a.b.c.d)
  ['::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, 'ipv4');
  if (family !== 6) return true;
  // an IPv4-mapped IPv6 address (::ffff:127.0.0.1, ::ffff:7f00:1) is the IPv4 address (BlockList
  // checks the hex form against the IPv4 rules itself)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
  return INTERNAL.check(address, 'ipv6');
}

/** A webhook target refused by the address rule: not retried. */
export class AddressRefusedError extends Error {
  constructor(readonly target: string) {
    super(`webhook target ${target} is an internal address (WEBHOOK_ALLOW_PRIVATE_ADDRESSES is off)`);
  }
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Why a webhook URL is refused when saved, or null. The host is checked here when it is an IP
 * address or `localhost`; names are resolved (and checked) at each delivery, where a name that
 * now points inside is refused too.
 */
export function webhookUrlProblem(raw: string, allowInternal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url must use http or https';
  if (url.username || url.password) return 'url must not carry a user name or password';
  const host = hostOf(url);
  if (
    !allowInternal &&
    (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host) || (isIP(host) && isInternalAddress(host)))
  )
    return 'url must not point to a loopback, private or link-local address';
  return null;
}

/**
 * A DNS lookup for the delivery's socket that refuses internal addresses: the check runs on
 * the very addresses the connection uses, so a name cannot resolve to a public address when
 * checked and to an internal one when connected (DNS rebinding).
 */
export function guardedLookup(allowInternal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowInternal ? undefined : addresses.find((a) => isInternalAddress(a.address));
      if (refused) return callback(new AddressRefusedError(`${hostname} (${refused.address})`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
