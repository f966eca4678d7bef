/**
 * Express's `trust proxy` from TRUST_PROXY: false (the socket's address; X-Forwarded-For is
 * ignored), a number of hops, or the list of proxy addresses whose X-Forwarded-For is believed.
 * Without it behind a proxy every client would share the proxy's address (one throttle count);
 * with it set too widely any client could choose its own address.
 */
export function trustProxySetting(value: string): false | number | string[] {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed.split(',').map((entry) => entry.trim());
}
