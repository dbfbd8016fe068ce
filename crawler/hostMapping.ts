/**
 * `--resolve HOST:PORT:ADDR` support (curl syntax), so that an audit can be run
 * against a staging copy or a specific server while URLs, Host headers and TLS
 * SNI keep the public hostname.
 *
 * - `parseResolve` parses one spec (ADDR is an IPv4 literal or a bracketed IPv6 one).
 * - `chromiumHostResolverRules` gives the value for Chromium's
 *   `--host-resolver-rules` switch (`MAP host:port addr:port, …`).
 * - `createLookup` gives a `net.connect`-compatible `lookup` for undici's Agent.
 *   It maps by hostname only (a lookup never sees the port).
 */

import dns from 'node:dns';
import net from 'node:net';

export interface ResolveRule {
  host: string;
  port: number;
  address: string;
}

const EXPECTED = 'expected HOST:PORT:ADDRESS, e.g. www.example.kz:443:127.0.0.1 or www.example.kz:443:[::1]';

/** Parses curl's `HOST:PORT:ADDR`; throws an Error naming the bad spec otherwise. */
export function parseResolve(spec: string): ResolveRule {
  const fail = (why: string): never => {
    throw new Error(`Invalid --resolve ${JSON.stringify(spec)}: ${why}; ${EXPECTED}`);
  };
  const trimmed = spec.trim();
  const first = trimmed.indexOf(':');
  const second = first === -1 ? -1 : trimmed.indexOf(':', first + 1);
  if (first === -1 || second === -1) return fail('missing ":" separators');
  const host = trimmed.slice(0, first).toLowerCase().replace(/\.$/, '');
  const portText = trimmed.slice(first + 1, second);
  let address = trimmed.slice(second + 1);
  if (host === '' || !/^[a-z0-9._-]+$/i.test(host)) return fail(`bad host ${JSON.stringify(host)}`);
  if (!/^\d{1,5}$/.test(portText)) return fail(`bad port ${JSON.stringify(portText)}`);
  const port = Number(portText);
  if (port < 1 || port > 65535) return fail(`port ${port} out of range 1-65535`);
  if (address.startsWith('[') && address.endsWith(']')) {
    address = address.slice(1, -1);
    if (net.isIPv6(address)) return { host, port, address };
    return fail(`bad IPv6 address ${JSON.stringify(address)}`);
  }
  if (net.isIPv4(address)) return { host, port, address };
  if (net.isIPv6(address)) return fail('an IPv6 address must be written in brackets, like [::1]');
  return fail(`address ${JSON.stringify(address)} is not an IP address`);
}

/** Value for Chromium's `--host-resolver-rules`, or null when there are no rules. */
export function chromiumHostResolverRules(rules: readonly ResolveRule[]): string | null {
  if (rules.length === 0) return null;
  return rules
    .map((r) => {
      const addr = net.isIPv6(r.address) ? `[${r.address}]` : r.address;
      return `MAP ${r.host}:${r.port} ${addr}:${r.port}`;
    })
    .join(', ');
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/** A lookup function with the signature `net.connect` expects. */
export type LookupFunction = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;

/**
 * A `lookup` for `net.connect` / undici's `connect.lookup`: hostnames named in
 * `rules` (first rule per hostname wins) resolve to the rule's address;
 * everything else goes to `dns.lookup`. Honours `options.all`.
 */
export function createLookup(rules: readonly ResolveRule[]): LookupFunction {
  const table = new Map<string, { address: string; family: 4 | 6 }>();
  for (const r of rules) {
    const host = r.host.toLowerCase();
    if (!table.has(host)) table.set(host, { address: r.address, family: net.isIPv6(r.address) ? 6 : 4 });
  }
  return (hostname, options, callback) => {
    // Be lenient with the legacy dns.lookup call shapes (hostname, callback) / (hostname, family, callback).
    let opts: dns.LookupOptions = options;
    let cb: LookupCallback = callback;
    if (typeof options === 'function') {
      cb = options as unknown as LookupCallback;
      opts = {};
    } else if (typeof options === 'number') {
      opts = { family: options };
    }
    const key = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
    const hit = table.get(key);
    if (hit === undefined) {
      dns.lookup(hostname, opts, cb);
      return;
    }
    if (opts.all === true) {
      process.nextTick(cb, null, [{ address: hit.address, family: hit.family }]);
    } else {
      process.nextTick(cb, null, hit.address, hit.family);
    }
  };
}
