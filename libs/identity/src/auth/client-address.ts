import { isIPv6 } from 'node:net';

/**
 * The throttle's key for a client address: an IPv4 address as it is (also when written as
 * IPv4-mapped IPv6), an IPv6 address by its /64 — one subscriber usually holds a whole /64, so
 * counting single IPv6 addresses would give them 2^64 budgets.
 */
export function clientAddressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // an embedded IPv4 tail (…:1.2.3.4) counts as two groups; only the first four groups matter
  const rightGroups = right.flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - rightGroups.length).fill('0'), ...rightGroups]
    : left.flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
