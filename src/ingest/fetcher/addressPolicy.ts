import ipaddr from 'ipaddr.js';

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  broadcast: 'the broadcast address',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private network address',
  uniqueLocal: 'a private network address (unique local)',
  ipv4Mapped: 'an IPv4-mapped address',
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
};

/**
 * Why fetching from this IP address is refused by default, or null when it is a public
 * unicast address. Everything ipaddr.js does not classify as global unicast is refused:
 * loopback, RFC 1918 and unique-local private ranges, link-local, CGNAT, multicast,
 * unspecified, reserved, and IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4,
 * Teredo), since those can reach the same private hosts. IPv4-mapped addresses are judged
 * by the IPv4 address inside.
 */
export function addressRefusal(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'not a valid IP address';
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
}
