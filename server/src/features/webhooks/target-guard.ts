/**
 * SSRF guard for webhook targets. An admin's URL must not turn the server into a proxy to what
 * only it can reach: the cloud metadata service (169.254.169.254), the database, loopback services,
 * the municipal intranet. Unless WEBHOOK_ALLOW_PRIVATE is on, a target must be https on a public
 * unicast address, checked twice: at registration for IP literals, and at delivery for the address
 * the host name resolves to *then* (DNS can change after registration: rebinding), inside the
 * connection's own DNS lookup, so that the address checked is the address connected to.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** A refused target; recorded in the delivery log instead of sending. */
export class BlockedTargetError extends Error {
  override name = 'BlockedTargetError';
}

const HINT = 'set WEBHOOK_ALLOW_PRIVATE=true to allow it';

/**
 * The special-purpose range an address lies in ('loopback', 'private', 'linkLocal', 'uniqueLocal',
 * 'unspecified', 'carrierGradeNat', …), or null for a public unicast address. IPv4-mapped IPv6
 * (::ffff:127.0.0.1) is judged as the IPv4 address it is; every other range but public unicast is
 * blocked, among them every form that embeds an IPv4 address: IPv4-compatible ::/96
 * (`[::127.0.0.1]`, which the URL parser writes `[::7f00:1]`; deprecated since RFC 4291), NAT64
 * 64:ff9b::/96 and 64:ff9b:1::/48 ('rfc6052'), SIIT ::ffff:0:0:0/96 ('rfc6145'), 6to4 2002::/16
 * and Teredo 2001::/32, whatever IPv4 address they carry.
 */
export function blockedRange(address: string): string | null {
  if (isIP(address) === 0) return 'invalid';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6' && isIpv4Compatible(parsed as ipaddr.IPv6)) return 'ipv4Compatible';
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/** ::/96 beyond :: and ::1 (those are 'unspecified' and 'loopback'): an IPv4 address in IPv6 clothes. */
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  const { parts } = address;
  return parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7]! > 1);
}

/** The host of a URL without the brackets of an IPv6 literal. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Why this URL may not be a webhook target, or null. Host names pass here; their addresses are
 * checked when a delivery connects (see `guardedLookup`). The WHATWG URL parser has already
 * normalised decimal, octal and hex IPv4 forms (http://2130706433/, http://0177.0.0.1/) to dotted quads.
 */
export function refusedTarget(url: URL, allowPrivate: boolean): string | null {
  if (allowPrivate) return null;
  if (url.protocol !== 'https:') return `Webhook URLs must use https (${HINT} for http).`;
  const host = hostOf(url);
  const range = isIP(host) ? blockedRange(host) : null;
  return range ? `${host} is a ${range} address, not a public one (${HINT}).` : null;
}

/**
 * A `lookup` for the outgoing connection that refuses a host name if any of its addresses is not
 * public (an attacker controlling DNS could otherwise mix one private address among public ones).
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const bad = addresses.find((a) => blockedRange(a.address) !== null);
    if (bad) {
      const error = new BlockedTargetError(
        `refused: ${hostname} resolves to ${bad.address}, a ${blockedRange(bad.address)} address (${HINT})`,
      );
      return callback(error, '');
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
    return callback(null, first.address, first.family);
  });
};
