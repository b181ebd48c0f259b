// Pure rendering of what a workload sees as /etc/hosts, /etc/resolv.conf and
// /etc/hostname, and of the name records its embedded DNS server answers
// from (one dnsmasq hosts file per network). No I/O: services/files.ts writes
// what this returns. Docker's rules: embedded DNS only on user-defined
// networks (overlay, -d bridge), never on the default bridge; --dns servers
// become the embedded server's upstreams there; search and options come from
// the host when the workload gives none; loopback name servers of the host
// are dropped (unreachable from a workload). Unlike Docker, no public
// resolver is ever added as a fallback: nothing leaves unless configured.
// Must never emit a value that could break a file's line structure: every
// token is checked, bad ones are dropped.
import { isIP } from 'node:net';
import type { Attachment, Workload } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import type { DesiredState } from '../model/desired.js';

/** Docker's address for the embedded resolver, inside every workload that has one. */
export const EMBEDDED_DNS = '127.0.0.11';

export interface ResolvConf {
  nameservers: string[];
  search: string[];
  options: string[];
}

export interface EtcContext {
  /** The agent's default DNS servers (daemon.json's dns). */
  defaultDns?: readonly string[];
  /** The host's own resolv.conf. */
  host: ResolvConf;
  /** The address `--add-host NAME:host-gateway` stands for. */
  hostGateway?: string;
}

const TOKEN = /^[A-Za-z0-9_.:%+\-/]+$/;
const DNS_NAME = /^[a-zA-Z0-9_]([a-zA-Z0-9_.-]{0,252})$/;
const HEADER = (w: Workload) => `# Written by vxnet for workload ${w.name}; changes are overwritten.\n`;

const token = (t: string) => TOKEN.test(t);
const isLoopback = (ip: string) => ip.startsWith('127.') || ip === '::1';
const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

export function parseResolvConf(text: string): ResolvConf {
  const out: ResolvConf = { nameservers: [], search: [], options: [] };
  for (const raw of text.split('\n')) {
    const [key, ...rest] = raw
      .replace(/[#;].*$/, '')
      .trim()
      .split(/\s+/);
    if (key === 'nameserver' && rest[0] && isIP(rest[0])) out.nameservers.push(rest[0]);
    else if (key === 'search' || key === 'domain') out.search = rest.filter(token);
    else if (key === 'options') out.options.push(...rest.filter(token));
  }
  return out;
}

/** Workloads on a user-defined network (overlay or -d bridge) get the embedded resolver. */
export function hasEmbeddedDns(w: Workload): boolean {
  return w.mode === Mode.NETWORKS && (w.attachments ?? []).some(isUserDefined);
}

function isUserDefined(a: Attachment): boolean {
  return a.driver === Driver.OVERLAY || a.driver === Driver.BRIDGE;
}

export function hostnameOf(w: Workload): string {
  return w.hostname || w.name!;
}

export function renderHostname(w: Workload): string {
  return `${hostnameOf(w)}\n`;
}

export function renderHosts(w: Workload, ctx: EtcContext): string {
  const lines = [
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
  ];
  for (const h of w.addHosts ?? []) {
    const i = h.lastIndexOf(':');
    const name = h.slice(0, i);
    const ip = h.slice(i + 1) === 'host-gateway' ? ctx.hostGateway : h.slice(i + 1);
    if (i > 0 && ip && isIP(ip) && DNS_NAME.test(name)) lines.push(`${ip}\t${name}`);
  }
  const hostname = hostnameOf(w);
  const names = unique([hostname, hostname.split('.')[0]!, w.name!].filter((n) => DNS_NAME.test(n)));
  for (const a of w.attachments ?? []) if (a.ip && isIP(a.ip)) lines.push(`${a.ip}\t${names.join(' ')}`);
  return `${HEADER(w) + lines.join('\n')}\n`;
}

/** Where names the embedded resolver does not know go: --dns, else the agent's dns, else the host's servers. */
export function dnsUpstreams(w: Workload, ctx: EtcContext): string[] {
  const own = (w.dns ?? []).filter((d) => isIP(d));
  if (own.length) return unique(own);
  const dflt = (ctx.defaultDns ?? []).filter((d) => isIP(d));
  if (dflt.length) return unique(dflt);
  return unique(ctx.host.nameservers.filter((d) => isIP(d) && !isLoopback(d)));
}

export function renderResolvConf(w: Workload, ctx: EtcContext): string {
  const embedded = hasEmbeddedDns(w);
  const upstreams = dnsUpstreams(w, ctx);
  const search = (w.dnsSearch?.length ? w.dnsSearch : ctx.host.search).filter(token);
  let options = (w.dnsOptions?.length ? w.dnsOptions : ctx.host.options).filter(token);
  if (embedded && !options.some((o) => o.startsWith('ndots:'))) options = ['ndots:0', ...options];
  const lines: string[] = [];
  if (embedded) {
    lines.push(`nameserver ${EMBEDDED_DNS}`);
    lines.push(
      upstreams.length
        ? `# embedded resolver; other names go to: ${upstreams.join(' ')}`
        : '# embedded resolver; no upstream servers: other names fail',
    );
  } else if (upstreams.length) {
    for (const s of upstreams) lines.push(`nameserver ${s}`);
  } else {
    lines.push('# no name servers: give --dns, or set dns in the agent configuration');
  }
  if (search.length) lines.push(`search ${unique(search).join(' ')}`);
  if (options.length) lines.push(`options ${unique(options).join(' ')}`);
  return `${HEADER(w) + lines.join('\n')}\n`;
}

export interface NameRecord {
  ip: string;
  names: string[];
}

/**
 * What the embedded resolver of `w` answers: per user-defined network of `w`,
 * every workload on it (local ones from their attachments, remote ones from
 * the network's endpoints) with its name and that network's aliases. A name
 * on a network `w` is not on is never included. Keys are file names.
 */
export function dnsRecords(w: Workload, desired: DesiredState): Map<string, string> {
  const files = new Map<string, string>();
  if (!hasEmbeddedDns(w)) return files;
  for (const a of w.attachments ?? []) {
    if (!isUserDefined(a) || !a.network) continue;
    const byName = new Map<string, NameRecord>();
    for (const ep of desired.endpoints.get(a.network)?.values() ?? []) {
      if (ep.workload && ep.ip) byName.set(ep.workload, { ip: ep.ip, names: [ep.workload, ...(ep.aliases ?? [])] });
    }
    for (const peer of desired.workloads.values()) {
      const pa = (peer.attachments ?? []).find((x) => x.network === a.network && x.networkId === a.networkId);
      if (pa?.ip) byName.set(peer.name!, { ip: pa.ip, names: [peer.name!, ...(pa.aliases ?? [])] });
    }
    files.set(`net-${a.network}.hosts`, renderRecords([...byName.values()]));
  }
  return files;
}

export function renderRecords(records: readonly NameRecord[]): string {
  const lines = records
    .filter((r) => isIP(r.ip))
    .map((r) => ({ ip: r.ip, names: unique(r.names.filter((n) => DNS_NAME.test(n))) }))
    .filter((r) => r.names.length > 0)
    .sort((x, y) => (x.names[0]! < y.names[0]! ? -1 : x.names[0]! > y.names[0]! ? 1 : 0))
    .map((r) => `${r.ip} ${r.names.join(' ')}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
