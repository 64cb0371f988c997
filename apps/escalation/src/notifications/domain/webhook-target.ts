import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a council's webhook may point (issue 21, finding 5; ADR 0021). The platform posts from inside the
 * cluster, so a URL an officer types must never reach the cluster's own network, the node, or a cloud provider's
 * instance metadata: https to a public unicast address, and nothing else.
 */
export interface WebhookRules {
  /**
   * Development and tests only (WEBHOOK_ALLOW_PRIVATE=true): plain http, and receivers on loopback, private
   * (RFC 1918), carrier-grade NAT and unique-local addresses. Link-local, metadata, multicast and unspecified
   * addresses stay refused even then.
   */
  allowLocal: boolean;
}

export type ParsedTarget = { ok: true; url: URL; host: string; literal: boolean } | { ok: false; reason: string };

/** Names that reach a cloud provider's instance metadata service, refused whatever they resolve to. */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

/** Metadata endpoints, refused by name of reason; two sit in ranges the development allowance opens (Alibaba's in CGNAT, AWS's IPv6 one in ULA). */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', 'fd00:ec2::254']);

/** The library's ranges that only the development allowance lets through; every other named range is refused. */
const LOCAL_V4 = new Set(['loopback', 'private', 'carrierGradeNat']);
const LOCAL_V6 = new Set(['loopback', 'uniqueLocal']);

/** Ranges ipaddr.js 1.x calls unicast where no public receiver lives. */
const NOT_PUBLIC_V4 = { benchmarking: [ipaddr.IPv4.parseCIDR('198.18.0.0/15')] };
const NOT_PUBLIC_V6 = {
  ipv4Compatible: [ipaddr.IPv6.parseCIDR('::/96')],
  siteLocal: [ipaddr.IPv6.parseCIDR('fec0::/10')],
  discardOnly: [ipaddr.IPv6.parseCIDR('100::/64')],
  localNat64: [ipaddr.IPv6.parseCIDR('64:ff9b:1::/48')],
};

const REASONS: Record<string, string> = {
  loopback: 'resolves to a loopback address',
  private: 'resolves to a private network address (RFC 1918)',
  carrierGradeNat: 'resolves to a carrier-grade NAT address (100.64.0.0/10)',
  uniqueLocal: 'resolves to a unique-local IPv6 address (fc00::/7)',
  linkLocal: 'resolves to a link-local address (169.254.0.0/16 or fe80::/10), where cloud metadata services live',
  unspecified: 'resolves to an unspecified address (0.0.0.0/8 or ::)',
  broadcast: 'resolves to the broadcast address',
  multicast: 'resolves to a multicast address',
  metadata: "resolves to a cloud provider's instance metadata address",
};
const NOT_PUBLIC = 'resolves to an address reserved for special use, not a public internet address';

/** Checks a webhook URL as written: an https URL (http only with the development allowance), no credentials, no metadata name, no refused literal address. */
export function parseWebhookTarget(target: string, rules: WebhookRules): ParsedTarget {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { ok: false, reason: 'must be an https URL' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && rules.allowLocal)) return { ok: false, reason: 'must be an https URL' };
  if (url.username || url.password) return { ok: false, reason: 'must not carry a user name or password' };
  // the URL parser has already turned 0x7f.1, 2130706433 and the like into dotted quads
  const host = url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (!host) return { ok: false, reason: 'must name a host' };
  if (METADATA_NAMES.has(host)) return { ok: false, reason: "names a cloud provider's instance metadata service" };
  const literal = isIP(host) !== 0;
  if (literal) {
    const reason = addressRefusal(host, rules);
    if (reason) return { ok: false, reason };
  }
  return { ok: true, url, host, literal };
}

/** Why the platform may not connect to this address (one the webhook's host resolved to, or its literal), or undefined when it may. */
export function addressRefusal(address: string, rules: WebhookRules): string | undefined {
  if (!ipaddr.isValid(address) || isIP(address) === 0) return NOT_PUBLIC;
  let ip = ipaddr.parse(address);
  // ::ffff:10.0.0.1 reaches 10.0.0.1: judge the IPv4 address it carries
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (METADATA_ADDRESSES.has(ip.toString())) return REASONS['metadata'];
  if (ip.kind() === 'ipv4') {
    const v4 = ip as ipaddr.IPv4;
    const range = v4.range();
    if (range === 'unicast') return ipaddr.subnetMatch(v4, NOT_PUBLIC_V4, 'public') === 'public' ? undefined : NOT_PUBLIC;
    if (rules.allowLocal && LOCAL_V4.has(range)) return undefined;
    return REASONS[range] ?? NOT_PUBLIC;
  }
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  if (range === 'unicast') return ipaddr.subnetMatch(v6, NOT_PUBLIC_V6, 'public') === 'public' ? undefined : NOT_PUBLIC;
  if (rules.allowLocal && LOCAL_V6.has(range)) return undefined;
  // 6to4, Teredo and NAT64 prefixes embed an IPv4 address the platform cannot judge: refused with the rest
  return REASONS[range] ?? NOT_PUBLIC;
}
