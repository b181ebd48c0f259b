// Pure parsers from the JSON the tools print (`ip -j`, `bridge -j`) and the
// text of `nft list table` (structure: nft-text.ts) into the agent's ObservedState pieces.
// Owns what "observed" means: which routes, FDB and neighbour entries are
// vxnet's business and which are the kernel's own. Never spawns anything
// (linux.ts does); unknown JSON shapes are narrowed here and nowhere else.
import type { FdbEntry, NeighEntry, NftTable, ObservedLink, ObservedNamespace, RouteEntry, VxlanInfo } from '../model/kernel-objects.js';
import { parseNftTableText } from './nft-text.js';

/** Raised when tool output is not the JSON shape iproute2 6.x prints. */
export class ObserveParseError extends Error {
  override name = 'ObserveParseError';
  constructor(
    readonly what: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot parse ${what}: ${reason}`, options);
  }
}

type Json = Record<string, unknown>;

function parseArray(text: string, what: string): Json[] {
  if (text.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ObserveParseError(what, 'not JSON', { cause: err });
  }
  if (!Array.isArray(value)) throw new ObserveParseError(what, 'expected a JSON array');
  return value.filter((v): v is Json => typeof v === 'object' && v !== null);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);

/**
 * Splits the output of one `ip -j -batch -` run (one JSON array per command,
 * one per line) into the texts of each command.
 */
export function splitBatchJson(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** `ip -j netns list` → names (the tool prints nothing at all when there are none). */
export function parseNetnsList(text: string): string[] {
  return parseArray(text, 'ip netns list')
    .map((n) => str(n.name))
    .filter((n): n is string => n !== undefined);
}

/** `ip -j -d addr show` → links with kind, vxlan settings, master and addresses. */
export function parseLinks(text: string): ObservedLink[] {
  return parseArray(text, 'ip addr show').map((l): ObservedLink => {
    const name = str(l.ifname);
    if (!name) throw new ObserveParseError('ip addr show', 'link without ifname');
    const linkinfo = obj(l.linkinfo);
    const kind = str(linkinfo?.info_kind) ?? str(l.link_type) ?? 'unknown';
    const link: ObservedLink = {
      name,
      kind,
      mtu: num(l.mtu) ?? 0,
      mac: str(l.address) ?? '',
      // operstate says UNKNOWN for an up vxlan or lo: the admin flag is what we set.
      up: strs(l.flags).includes('UP'),
      addresses: parseAddrInfo(l.addr_info),
    };
    const master = str(l.master);
    if (master) link.master = master;
    if (master && obj(linkinfo?.info_slave_data)?.isolated === true) link.isolated = true;
    if (kind === 'vxlan') {
      const vxlan = parseVxlan(obj(linkinfo?.info_data));
      if (vxlan) link.vxlan = vxlan;
    }
    return link;
  });
}

function parseAddrInfo(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const raw of v) {
    const a = obj(raw);
    const local = str(a?.local);
    const len = num(a?.prefixlen);
    if (!a || !local || len === undefined) continue;
    const family = str(a.family);
    // IPv6 link-local and ::1 are the kernel's, never vxnet's.
    if (family === 'inet6' && str(a.scope) !== 'global') continue;
    if (family !== 'inet' && family !== 'inet6') continue;
    out.push(`${local}/${len}`);
  }
  return out;
}

function parseVxlan(d: Json | undefined): VxlanInfo | undefined {
  if (!d) return undefined;
  const vni = num(d.id);
  if (vni === undefined) return undefined;
  return {
    vni,
    port: num(d.port) ?? 0,
    local: str(d.local) ?? str(d.local6) ?? '',
    learning: d.learning === true,
    proxy: d.proxy === true,
  };
}

/**
 * `ip -j route show table all` → routes of the main table vxnet may own, both
 * families (one batch line: `-6` cannot be given per batch line, and `table
 * all` lists IPv6 too). Routes of other tables, routes the kernel derives
 * from addresses (proto kernel) and non-unicast types are left out: they
 * come and go with addresses and must never be planned or deleted. ip prints
 * both default routes as "default": the IPv6 one becomes "::/0", its own key.
 */
export function parseRoutes(text: string): RouteEntry[] {
  const out: RouteEntry[] = [];
  for (const r of parseArray(text, 'ip route show')) {
    if (str(r.protocol) === 'kernel') continue;
    const table = str(r.table);
    if (table !== undefined && table !== 'main') continue;
    const type = str(r.type);
    if (type !== undefined && type !== 'unicast') continue;
    const raw = str(r.dst);
    if (!raw) continue;
    const gateway = str(r.gateway);
    // Only IPv6 routes carry a router preference.
    const v6 = raw.includes(':') || !!gateway?.includes(':') || r.pref !== undefined;
    const route: RouteEntry = { dst: raw === 'default' && v6 ? '::/0' : raw };
    const dev = str(r.dev);
    if (gateway) route.gateway = gateway;
    if (dev) route.dev = dev;
    out.push(route);
  }
  return out;
}

/**
 * `bridge -j fdb show` → the vxlan devices' own FDB (flag "self"): the
 * entries vxnet writes. Entries the bridge learned on the vxlan port
 * (master br0, no dst) are the bridge's and are left out.
 */
export function parseFdb(text: string, vxlanDevs: ReadonlySet<string>): FdbEntry[] {
  const out: FdbEntry[] = [];
  for (const f of parseArray(text, 'bridge fdb show')) {
    const dev = str(f.ifname);
    const mac = str(f.mac);
    if (!dev || !mac || !vxlanDevs.has(dev) || !strs(f.flags).includes('self')) continue;
    const entry: FdbEntry = { dev, mac, permanent: str(f.state) === 'permanent' };
    const dst = str(f.dst);
    if (dst) entry.dst = dst;
    out.push(entry);
  }
  return out;
}

/** `ip -j neigh show` → neighbour entries on vxlan devices, both families (ARP and NDP). */
export function parseNeigh(text: string, vxlanDevs: ReadonlySet<string>): NeighEntry[] {
  const out: NeighEntry[] = [];
  for (const n of parseArray(text, 'ip neigh show')) {
    const dev = str(n.dev);
    const ip = str(n.dst);
    if (!dev || !ip || !vxlanDevs.has(dev)) continue;
    out.push({ dev, ip, mac: str(n.lladdr) ?? '', permanent: strs(n.state).includes('PERMANENT') });
  }
  return out;
}

/** The commands of the one `ip -d -j -batch -` run that observes a namespace. */
export const OBSERVE_IP_BATCH = 'addr show\nroute show table all\nneigh show\n';

/**
 * Builds a namespace's contents from the output of OBSERVE_IP_BATCH and,
 * when it has vxlan devices, of `bridge -j fdb show`.
 */
export function parseNamespace(ipBatchOut: string, fdbOut: string): ObservedNamespace {
  const parts = splitBatchJson(ipBatchOut);
  if (parts.length !== 3) throw new ObserveParseError('ip -batch observe output', `expected 3 JSON documents, got ${parts.length}`);
  const links = parseLinks(parts[0]!);
  const vxlans = vxlanDevices(links);
  return {
    links,
    routes: parseRoutes(parts[1]!),
    fdb: parseFdb(fdbOut, vxlans),
    neigh: parseNeigh(parts[2]!, vxlans),
  };
}

export function vxlanDevices(links: readonly ObservedLink[]): Set<string> {
  return new Set(links.filter((l) => l.kind === 'vxlan').map((l) => l.name));
}

/** `nft list table inet vxnet` → its structure, or undefined when the table does not exist. */
export function parseNftTable(stdout: string, stderr: string, exitCode: number | undefined): NftTable | undefined {
  if (exitCode === 0) return parseNftTableText(stdout);
  if (/No such file or directory/.test(stderr)) return undefined;
  throw new ObserveParseError('nft list table', stderr.trim() || `exit ${exitCode ?? '?'}`);
}
