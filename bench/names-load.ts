// The names benchmark's throughput and latency part (issue 10): the same
// load generator (dns-load.js, inside the asking workload's namespace) against
// vxnet's resolver and against the baselines on the same names, interleaved
// round by round so a loaded machine hurts every side alike:
// - vxnet: the agent's resolver on the overlay gateway (port 53);
// - dnsmasq-gw: one dnsmasq on the same gateway address in the overlay's
//   namespace (another port): the same path, so only the server differs;
// - dnsmasq-lo: one dnsmasq on 127.0.0.11 in the workload's own namespace
//   (Docker's placement: loopback, no veth or bridge on the way);
// - node-gw: a bare Node responder on the gateway path (udp-responder.js: a
//   canned answer, no work at all), the ceiling of one Node event loop.
// Per side the median of the rounds, and the server's CPU time per query
// under the 16-in-flight load (utime + stime of its process: the agent's
// whole process for vxnet), which does not depend on who else holds the
// machine's 2 vCPUs the way queries per second do. Then the same load from
// dnsperf (DNS-OARC's C load generator, 64 queries in flight): a Node
// generator on 2 vCPUs may be the limit itself, dnsperf is far less likely to
// be, so its queries/s is what the throughput target is judged on. Its runners are its own (bench may
// spawn). Must never leave a baseline server running (stopped after each
// round, and deferred).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inNs, percentile, round, sh, sleep, type BenchContext } from './util.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const LOAD = join(HERE, 'dns-load.js');
const RESPONDER = join(HERE, 'udp-responder.js');
/** The baselines' port on the gateway address (the resolver has 53). */
const ALT_PORT = 5399;

type Load = { qps: number; p50: number; p99: number; errors: number };
/** dnsperf's figures: queries per second completed, and queries lost (no answer within its timeout). */
type Perf = { qps: number; lost: number };
type Run = Load & { single: Load; cpuUsPerQuery: number | null; dnsperf: Perf | null };
export type SideLoad = Load & { single: Load; rounds: number; cpuUsPerQuery: number | null; dnsperf: Perf | null };

/** Where Debian's dnsperf lives (scripts/bench.sh installs it). */
const DNSPERF = ['/usr/bin/dnsperf', '/usr/local/bin/dnsperf'].find((p) => existsSync(p));

export interface LoadSetup {
  /** The asking workload's namespace. */
  src: string;
  /** The overlay network's namespace (where its gateway address lives). */
  overlayNs: string;
  gateway: string;
  /** The agent serving the resolver (its CPU time is read). */
  agentPid: number;
  dnsmasq: string | undefined;
  /** Lines of a hosts file with the same names the resolver answers. */
  hosts: string[];
  names: string[];
  /** A name and address for the bare responder's canned answer. */
  canned: [string, string];
  dir: string;
}

/** CPU time (user + system) of a process so far, in clock ticks (100 per second). */
function cpuTicks(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return undefined;
  }
}

/** dnsperf for `seconds` against target (ADDRESS[:PORT]) from ns, asking the questions in file; null without dnsperf. */
async function dnsperf(ns: string, target: string, seconds: number, file: string): Promise<Perf | null> {
  if (!DNSPERF) return null;
  const [server, port] = target.split(':');
  const argv = [DNSPERF, '-s', server!, '-p', port ?? '53', '-d', file, '-l', String(seconds), '-c', '4', '-q', '64', '-t', '1'];
  const r = await sh(inNs(ns, argv), { timeoutMs: (seconds + 15) * 1000 });
  const qps = /Queries per second:\s+([\d.]+)/.exec(r.stdout)?.[1];
  const lost = /Queries lost:\s+(\d+)/.exec(r.stdout)?.[1];
  if (r.code !== 0 || qps === undefined)
    throw new Error(`dnsperf against ${target} failed: ${(r.stderr || r.stdout).trim().slice(0, 300)}`);
  return { qps: round(Number(qps), 0) ?? 0, lost: Number(lost ?? 0) };
}

/** Throughput with 16 queries in flight (and the server's CPU per query), then latency with one at a time, then dnsperf's throughput. */
async function loadOnce(
  ns: string,
  target: string,
  seconds: number,
  names: string[],
  pid: number | undefined,
  perfFile: string,
): Promise<Run> {
  const at = async (inFlight: number) => {
    const r = await sh(inNs(ns, [process.execPath, LOAD, target, String(seconds), String(inFlight), ...names]), {
      timeoutMs: (seconds + 10) * 1000,
    });
    return JSON.parse(r.stdout) as Load & { queries: number };
  };
  const t0 = cpuTicks(pid);
  const busy = await at(16);
  const t1 = cpuTicks(pid);
  const cpuUsPerQuery = t0 === undefined || t1 === undefined || !busy.queries ? null : round(((t1 - t0) * 10_000) / busy.queries, 2);
  const single = await at(1);
  return { ...busy, cpuUsPerQuery, single, dnsperf: await dnsperf(ns, target, seconds, perfFile) };
}

/** Waits until something listens on UDP port in ns (bounded). */
async function bound(ns: string, port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await sh(['ss', '-N', ns, '-H', '-lun', `sport = :${port}`])).stdout.trim()) return;
    await sleep(50);
  }
  throw new Error(`nothing listens on UDP ${port} in ${ns} after 5 s`);
}

function median(xs: number[]): number {
  return round(percentile(xs, 50), 3) ?? 0;
}

function summarize(runs: Run[]): SideLoad {
  const pick = (f: (l: Load) => number) => median(runs.map(f));
  const single = (f: (l: Load) => number) => median(runs.map((r) => f(r.single)));
  return {
    qps: pick((l) => l.qps),
    p50: pick((l) => l.p50),
    p99: pick((l) => l.p99),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    single: {
      qps: single((l) => l.qps),
      p50: single((l) => l.p50),
      p99: single((l) => l.p99),
      errors: runs.reduce((n, r) => n + r.single.errors, 0),
    },
    rounds: runs.length,
    cpuUsPerQuery: runs.some((r) => r.cpuUsPerQuery === null) ? null : median(runs.map((r) => r.cpuUsPerQuery!)),
    dnsperf: runs.some((r) => r.dnsperf === null)
      ? null
      : { qps: median(runs.map((r) => r.dnsperf!.qps)), lost: runs.reduce((n, r) => n + r.dnsperf!.lost, 0) },
  };
}

/** Runs every side `rounds` times, interleaved; returns each side's medians. */
export async function compareLoads(ctx: BenchContext, s: LoadSetup, rounds: number, seconds: number): Promise<Record<string, SideLoad>> {
  const hostsFile = join(s.dir, 'bench-names.hosts');
  writeFileSync(hostsFile, `${s.hosts.join('\n')}\n`);
  const perfFile = (names: string[]) => {
    const f = join(s.dir, `bench-names-${names.length}.dnsperf`);
    writeFileSync(f, names.map((n) => `${n} A\n`).join(''));
    return f;
  };
  const dnsmasqArgv = (address: string, port: number) => [
    s.dnsmasq!,
    '--keep-in-foreground',
    '--conf-file=/dev/null',
    '--no-resolv',
    '--no-hosts',
    '--bind-interfaces',
    `--listen-address=${address}`,
    `--port=${port}`,
    `--addn-hosts=${hostsFile}`,
    '--local-ttl=0',
    '--no-negcache',
    '--domain-needed',
    '--user=root',
    `--pid-file=${join(s.dir, `bench-dnsmasq-${port}.pid`)}`,
  ];
  type Side = { label: string; target: string; server?: { ns: string; argv: string[]; port: number } };
  const sides: Side[] = [{ label: 'vxnet', target: s.gateway }];
  if (s.dnsmasq) {
    sides.push(
      {
        label: 'dnsmasq-gw',
        target: `${s.gateway}:${ALT_PORT}`,
        server: { ns: s.overlayNs, argv: dnsmasqArgv(s.gateway, ALT_PORT), port: ALT_PORT },
      },
      { label: 'dnsmasq-lo', target: '127.0.0.11', server: { ns: s.src, argv: dnsmasqArgv('127.0.0.11', 53), port: 53 } },
    );
  }
  sides.push({
    label: 'node-gw',
    target: `${s.gateway}:${ALT_PORT}`,
    server: { ns: s.overlayNs, argv: [process.execPath, RESPONDER, s.gateway, String(ALT_PORT), ...s.canned], port: ALT_PORT },
  });
  const runs = new Map<string, Run[]>(sides.map((x) => [x.label, []]));
  for (let k = 0; k < rounds; k++) {
    for (const side of sides) {
      const p = side.server
        ? spawn('nsenter', [`--net=/run/netns/${side.server.ns}`, '--', ...side.server.argv], { stdio: ['ignore', 'ignore', 'pipe'] })
        : undefined;
      let stderr = '';
      p?.stderr?.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-2000);
      });
      ctx.defer(() => p?.kill('SIGKILL'));
      try {
        if (side.server) await bound(side.server.ns, side.server.port);
        const names = side.label === 'node-gw' ? [s.canned[0]] : s.names;
        const l = await loadOnce(s.src, side.target, seconds, names, p?.pid ?? s.agentPid, perfFile(names));
        runs.get(side.label)!.push(l);
        ctx.log(`round ${k + 1} ${side.label}: ${JSON.stringify(l)} (load average ${loadAverage()})`);
        if (l.errors || l.single.errors)
          ctx.log(`${side.label} had errors; its stderr: ${stderr.trim() || '(empty)'}; exited: ${p?.exitCode}`);
      } finally {
        p?.kill('SIGTERM');
        if (p && p.exitCode === null) await new Promise((r) => p.once('exit', r));
      }
    }
  }
  return Object.fromEntries([...runs].map(([label, r]) => [label, summarize(r)]));
}

/** The 1-minute load average (noted beside every figure: the machine is shared). */
export function loadAverage(): number {
  return round(loadavg()[0]!, 2) ?? 0;
}
