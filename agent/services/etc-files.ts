// Pure rendering of what a workload sees as /etc/hosts, /etc/resolv.conf and
// /etc/hostname. No I/O: services/files.ts writes what this returns.
// Docker's rules: the host's resolver (services/dns/) only on user-defined
// networks (overlay, -d bridge), never on the default bridge; there the
// workload's name servers are the gateways of its user-defined networks (the
// resolver listens on them, as podman's aardvark-dns does) and --dns servers
// become the resolver's upstreams for it; search and options come from the
// host when the workload gives none; loopback name servers of the host are
// dropped (unreachable from a workload). Unlike Docker, no public resolver is
// ever added as a fallback: nothing leaves unless configured.
// Must never emit a value that could break a file's line structure: every
// token is checked, bad ones are dropped.
import { isIP } from 'node:net';
import type { Workload } from '../../proto/index.js';
import { hasEmbeddedDns, isUserDefined } from './dns/names.js';

/** glibc reads at most this many name servers. */
const MAXNS = 3;

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
  for (const a of w.attachments ?? []) {
    // Both families, as Docker writes them: the IPv6 address of a dual-stack network on its own line.
    for (const ip of [a.ip, a.ip6]) if (ip && isIP(ip)) lines.push(`${ip}\t${names.join(' ')}`);
  }
  return `${HEADER(w) + lines.join('\n')}\n`;
}

/** Where names the host's resolver does not know go: --dns, else the agent's dns, else the host's servers. */
export function dnsUpstreams(w: Workload, ctx: EtcContext): string[] {
  const own = (w.dns ?? []).filter((d) => isIP(d));
  return own.length ? unique(own) : defaultUpstreams(ctx);
}

/** The agent's dns setting, else the host's non-loopback servers. */
export function defaultUpstreams(ctx: EtcContext): string[] {
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
    for (const s of resolverAddresses(w)) lines.push(`nameserver ${s}`);
    lines.push(
      upstreams.length
        ? `# the host's resolver; other names go to: ${upstreams.join(' ')}`
        : "# the host's resolver; no upstream servers: other names fail",
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

/** Where a workload asks the host's resolver: the gateways of its user-defined networks, in attach order. */
function resolverAddresses(w: Workload): string[] {
  const gateways = (w.attachments ?? []).filter((a) => isUserDefined(a) && a.gateway && isIP(a.gateway)).map((a) => a.gateway!);
  return unique(gateways).slice(0, MAXNS);
}
