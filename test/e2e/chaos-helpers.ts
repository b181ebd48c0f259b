// Shared by the chaos suite (test/e2e/chaos-*.test.ts): bulk requests through
// chaos-tool (in the underlay namespace), KV dumps with an independent
// orphan check, bounded ping loops between workload namespaces, and kernel
// views (links, FDB, neighbours) of one host's namespaces.
// Traffic only ever goes between namespaces the cluster made; every loop is
// bounded in count and time.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Cluster, run } from './cluster.js';
import type { NetworkCreateRequest, RunRequest } from '../../proto/index.js';

const TOOL = join(dirname(fileURLToPath(import.meta.url)), 'chaos-tool.js');

export type LoadRequest =
  | { kind: 'run'; req: RunRequest }
  | { kind: 'network'; req: NetworkCreateRequest }
  | { kind: 'rm'; names: string[] };

export interface LoadSpec {
  nats: string;
  requests: LoadRequest[];
  /** Requests in flight at once. */
  concurrency: number;
  timeoutMs: number;
  /** Hosts without an agent that the tool keeps alive with heartbeats while it runs (allocation-only load). */
  fakeHosts?: {
    name: string;
    underlayIp: string;
    bridgeSubnet: string;
    bridgeGateway: string;
    gwbridgeSubnet?: string;
    gwbridgeGateway?: string;
  }[];
}

export interface LoadResult {
  i: number;
  kind: LoadRequest['kind'];
  name: string;
  ok: boolean;
  error?: string;
  vni?: number;
  subnet?: string;
  host?: string;
  ips?: { networkId: string; ip: string }[];
  ports?: { protocol: number; hostPort: number }[];
}

/** Sends the requests from one process in the underlay namespace; `onResult` sees each result as it arrives. */
export function load(c: Cluster, spec: Omit<LoadSpec, 'nats'>, onResult: (r: LoadResult) => void = () => {}): Promise<LoadResult[]> {
  const file = join(c.dir, `load-${Date.now()}-${Math.random().toString(16).slice(2, 8)}.json`);
  writeFileSync(file, JSON.stringify({ ...spec, nats: c.natsUrl }));
  return new Promise((resolve, reject) => {
    const p = spawn('ip', ['netns', 'exec', c.ulNs, process.execPath, TOOL, 'load', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const results: LoadResult[] = [];
    let buf = '';
    let err = '';
    const limit = setTimeout(() => p.kill('SIGKILL'), 120_000);
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.trim()) continue;
        const r = JSON.parse(line) as LoadResult;
        results.push(r);
        onResult(r);
      }
    });
    p.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    p.on('close', (code) => {
      clearTimeout(limit);
      if (code !== 0) reject(new Error(`chaos-tool load failed (${code}): ${err}`));
      else resolve(results.sort((a, b) => a.i - b.i));
    });
  });
}

export type KvDump = Record<string, unknown>;

export async function dumpKv(c: Cluster): Promise<KvDump> {
  const r = await run('ip', ['netns', 'exec', c.ulNs, process.execPath, TOOL, 'dump', c.natsUrl]);
  if (r.code !== 0) throw new Error(`chaos-tool dump failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as KvDump;
}

interface DumpedWorkload {
  name: string;
  host: string;
  attachments?: { network?: string; networkId?: string; ip?: string }[];
  /** The gateway path's address claim (ip.gw-<host>.<ip>) is the workload's too. */
  gatewayPath?: { networkId?: string; ip?: string };
  ports?: { protocol?: number | string; hostPort?: number }[];
}

/**
 * Claims and endpoints that belong to no existing workload, checked from the
 * dump alone (independent of the controller's own sweep code).
 */
export function orphans(kv: KvDump): string[] {
  const workloads = new Map<string, DumpedWorkload>();
  for (const [k, v] of Object.entries(kv)) if (k.startsWith('wl.')) workloads.set((v as DumpedWorkload).name, v as DumpedWorkload);
  const out: string[] = [];
  for (const [k, v] of Object.entries(kv)) {
    if (k.startsWith('name.')) {
      const host = (v as string).split(' ')[0]; // "host request attempt" (controller/claims.ts)
      if (![...workloads.values()].some((w) => w.host === host && `name.${tokenOf(w.name)}` === k)) out.push(k);
    } else if (k.startsWith('ip.')) {
      const w = workloads.get(v as string);
      const ip = k.slice(k.lastIndexOf('.') + 1).replace(/_/g, '.');
      const netId = k.slice(3, k.lastIndexOf('.'));
      const held = [...(w?.attachments ?? []), ...(w?.gatewayPath ? [w.gatewayPath] : [])];
      if (!held.some((a) => a.networkId === netId && a.ip === ip)) out.push(k);
    } else if (k.startsWith('port.')) {
      const [, host, proto, port] = k.split('.');
      const w = workloads.get(v as string);
      // The dump is protobuf JSON: enums come as their names.
      const ok =
        w?.host === host &&
        w.ports?.some((p) => p.hostPort === Number(port) && (p.protocol === 2 || p.protocol === 'UDP' ? 'udp' : 'tcp') === proto);
      if (!ok) out.push(k);
    } else if (k.startsWith('nw.')) {
      const ep = v as { workload: string; network: string };
      if (!workloads.get(ep.workload)?.attachments?.some((a) => a.network === ep.network)) out.push(k);
    }
  }
  return out;
}

/** Plain names are their own key token (the suite only uses [a-z0-9-] names). */
function tokenOf(name: string): string {
  return name;
}

export interface PingResult {
  sent: number;
  received: number;
  output: string;
}

/**
 * `count` pings every `intervalS` from a namespace to an address, bounded by
 * ping's own count and a hard time limit. Returns what ping counted.
 */
export async function pingLoop(fromNs: string, ip: string, count: number, intervalS = 0.2): Promise<PingResult> {
  const limitMs = Math.ceil(count * intervalS * 1000 + 5000);
  const r = await run(
    'ip',
    ['netns', 'exec', fromNs, 'ping', '-n', '-q', '-c', String(count), '-i', String(intervalS), '-W', '1', ip],
    limitMs,
  );
  const m = /(\d+) packets transmitted, (\d+) received/.exec(r.stdout);
  return { sent: Number(m?.[1] ?? 0), received: Number(m?.[2] ?? 0), output: r.stdout + r.stderr };
}

/** One ping; true when answered. */
export async function pings(fromNs: string, ip: string): Promise<boolean> {
  return (await run('ip', ['netns', 'exec', fromNs, 'ping', '-n', '-c', '1', '-W', '1', ip], 5000)).code === 0;
}

export const macOf = (ip: string) => ['02', '42', ...ip.split('.').map((b) => Number(b).toString(16).padStart(2, '0'))].join(':');

export const wlNs = (c: Cluster, host: string, name: string) => `${c.agentPrefix(host)}wl-${name}`;
export const netNs = (c: Cluster, host: string, network: string) => `${c.agentPrefix(host)}net-${network}`;

export interface JLink {
  ifname: string;
  ifindex: number;
  master?: string;
  address?: string;
  linkinfo?: { info_kind: string };
  addr_info?: { local: string; prefixlen: number; family: string }[];
}

/** `ip -d addr` of a namespace (stderr dropped: `-d` warns about veth peers in namespaces without an id). */
export function links(_c: Cluster, ns: string): JLink[] {
  const out = execFileSync('ip', ['-n', ns, '-j', '-d', 'addr', 'show'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out || '[]') as JLink[];
}

export function vxlanDev(c: Cluster, ns: string): string | undefined {
  return links(c, ns).find((l) => l.linkinfo?.info_kind === 'vxlan')?.ifname;
}

/** Permanent FDB entries with a remote VTEP on a vxlan device, as "mac>dst" strings (duplicates kept). */
export function remoteFdb(c: Cluster, ns: string, dev: string): string[] {
  return c
    .fdb(ns, dev)
    .filter((e) => e.dst)
    .map((e) => `${e.mac}>${e.dst}`)
    .sort();
}

export function permanentNeigh(c: Cluster, ns: string, dev: string): string[] {
  return c
    .ipJson<{ dst: string; lladdr?: string; state?: string[] }[]>(ns, ['neigh', 'show', 'dev', dev])
    .filter((n) => n.state?.includes('PERMANENT'))
    .map((n) => `${n.dst}>${n.lladdr}`)
    .sort();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
