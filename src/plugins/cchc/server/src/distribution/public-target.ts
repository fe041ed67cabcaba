import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why a webhook target was refused; the message names the address. */
export class BlockedTargetError extends Error {}

type Address = ipaddr.IPv4 | ipaddr.IPv6;

const normalise = (ip: string): Address => {
  const parsed = ipaddr.parse(ip);
  return parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()
    ? parsed.toIPv4Address()
    : parsed;
};

const inAllowlist = (host: string, address: Address | null, allowed: string[]) =>
  allowed.some((entry) => {
    if (entry.includes('/')) {
      if (!address) {
        return false;
      }
      try {
        const range = ipaddr.parseCIDR(entry);
        return address.kind() === range[0].kind() && address.match(range);
      } catch {
        return false;
      }
    }
    return (
      entry.toLowerCase() === host.toLowerCase() ||
      (address !== null && entry === address.toString())
    );
  });

/** Loopback, private, link-local (cloud metadata), unique-local, CGNAT, multicast, reserved: all but public unicast. */
export const isPublicAddress = (ip: string) => normalise(ip).range() === 'unicast';

/** Refuses an address outside the public internet unless the host or address is allowlisted. */
export const checkAddress = (host: string, ip: string, allowed: string[]) => {
  const address = normalise(ip);
  if (address.range() !== 'unicast' && !inAllowlist(host, address, allowed)) {
    throw new BlockedTargetError(
      `Địa chỉ ${host} (${address.toString()}, ${address.range()}) là địa chỉ nội bộ; webhook không gửi tới đó.`
    );
  }
};

/** Checks a target URL: http(s) only, and every address its host resolves to must be public. */
export const checkTarget = async (url: string, allowed: string[]) => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BlockedTargetError(`"${url}" không phải là một URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new BlockedTargetError('Webhook chỉ gửi tới địa chỉ http:// hoặc https://.');
  }
  if (parsed.username || parsed.password) {
    throw new BlockedTargetError('Không đặt tên đăng nhập, mật khẩu trong URL webhook.');
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host)
    ? [host]
    : (
        await dns.promises.lookup(host, { all: true }).catch(() => {
          throw new BlockedTargetError(`Không tìm thấy máy chủ "${host}".`);
        })
      ).map((a) => a.address);
  for (const ip of addresses) {
    checkAddress(host, ip, allowed);
  }
  return parsed;
};

/**
 * A `lookup` for http.request that checks the address it connects to, so a host whose DNS
 * answer changes after the check still cannot reach an internal address.
 */
export const guardedLookup =
  (allowed: string[]): net.LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: false }, (error, address, family) => {
      if (error) {
        return callback(error, '', 0);
      }
      try {
        checkAddress(hostname, address, allowed);
      } catch (blocked) {
        return callback(blocked as Error, '', 0);
      }
      callback(null, address, family);
    });
  };
