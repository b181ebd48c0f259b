// Address flags of `run`, `network create` and `network connect`, checked by
// the controller's own parsers (lib/ip.ts) before any round trip. Apart from
// cli/args.ts so that verbs without address flags (ps, inspect, rm, ls...) never
// load the IPv6 library at start-up.
import { type Family, familyOf, parseAddr, parseBlock } from '../lib/ip.js';
import { usage } from './args.js';
import { UsageError } from './errors.js';

/** An address of `family` (the other family is refused naming `other`, the flag it belongs in). */
export function checkAddr(value: string, family: Family, flag: string, other: string): string {
  return usage(() => parseAddr(value, family, `--${flag}`, `--${other}`), value);
}

/**
 * The values of a flag given at most once per family (Docker's repeated
 * --subnet/--gateway/--ip-range), each checked by the controller's rules.
 */
export function perFamily(values: readonly string[], flag: string, kind: 'cidr' | 'ip'): { 4?: string; 6?: string } {
  const out: { 4?: string; 6?: string } = {};
  for (const v of values) {
    const family = familyOf(v);
    if (family === undefined) {
      const example = kind === 'cidr' ? '10.1.0.0/24 or fd00:1::/64' : '10.1.0.1 or fd00:1::1';
      throw new UsageError(`invalid --${flag} "${v}": give an IPv4 or IPv6 ${kind === 'cidr' ? 'CIDR' : 'address'} such as ${example}`);
    }
    usage(() => (kind === 'cidr' ? parseBlock(v, family, `--${flag}`) : parseAddr(v, family, `--${flag}`)));
    if (out[family] !== undefined) {
      throw new UsageError(`flag --${flag} given twice for IPv${family} (${out[family]}, ${v}): give at most one per family`);
    }
    out[family] = v;
  }
  return out;
}
