// Benchmark 1, data plane: iperf3 TCP (1 and 4 streams) workload to workload
// across two hosts of the shared cluster over a dual-stack vxnet overlay built
// by the real agents (IPv4 and IPv6 inside, issue 15's target: IPv6 within
// 5 % of IPv4), beside (a) host to host over the bare underlay and (b) VXLAN
// built by hand with ip/bridge, in Docker's topology (network namespace with
// bridge + vxlan, veth to a workload namespace) on the agents' own hosts (same
// host namespaces, underlay veths and NAT ruleset as vxnet: the baseline), and
// on two extra host namespaces with no netfilter at all, in that shape and as
// a bare vxlan device (what the host's ruleset costs, reported beside).
// Every figure is the median of several runs (min and max kept), runs
// interleaved across paths; GRO on the underlay veths is measured on every
// path, UDP checksums off on the hand-built one (vxnet's own are off); the
// baseline is the best hand-built configuration. Then `ping -M do` at the overlay's largest size and one byte more.
// Must never: send traffic outside the cluster's namespaces or leave iperf3 running.
import type { Cluster } from '../test/e2e/cluster.js';
import { daemon, inNs, ipBatch, must, percentile, round, ratioOf, sh, sleep, type BenchContext, type BenchResult } from './util.js';

const PORT = 5201;
/** The overlay path with IPv6 inside (same workloads, same run as IPv4). */
const V6 = 'vxnet overlay, IPv6 inside';
/** The Docker-shaped path built by hand on the agents' own hosts: the like-for-like baseline. */
const ON_HOSTS = 'hand-built Docker-shaped on the same hosts';

interface Path {
  name: string;
  client: string;
  server: string;
  ip: string;
}

async function iperf(p: Path, streams: number, seconds: number): Promise<number | null> {
  const srv = daemon(inNs(p.server, ['iperf3', '-s', '-p', String(PORT), '-1']));
  try {
    for (let i = 0; i < 50; i++) {
      const ss = await sh(inNs(p.server, ['ss', '-Hltn', `sport = :${PORT}`]));
      if (ss.stdout.trim()) break;
      await sleep(20);
    }
    const r = await sh(
      inNs(p.client, [
        'iperf3',
        '-c',
        p.ip,
        '-p',
        String(PORT),
        '-t',
        String(seconds),
        '-P',
        String(streams),
        '-J',
        '--connect-timeout',
        '3000',
      ]),
      { timeoutMs: (seconds + 15) * 1000 },
    );
    if (r.code !== 0) return null;
    const j = JSON.parse(r.stdout) as { end?: { sum_received?: { bits_per_second?: number } } };
    const bps = j.end?.sum_received?.bits_per_second;
    return bps ? round(bps / 1e9, 2) : null;
  } finally {
    srv.stop();
  }
}

async function handBuilt(c: Cluster, ctx: BenchContext): Promise<{ topo: Path; bare: Path; onHosts: Path; nsList: string[] }> {
  const p = ctx.prefix;
  const ns = {
    x1: `${p}x1`,
    x2: `${p}x2`,
    n1: `${p}xn1`,
    n2: `${p}xn2`,
    w1: `${p}xw1`,
    w2: `${p}xw2`,
    hn1: `${p}hn1`,
    hn2: `${p}hn2`,
    hw1: `${p}hw1`,
    hw2: `${p}hw2`,
  };
  const all = Object.values(ns);
  ctx.defer(() => sh(['ip', '-force', '-batch', '-'], { stdin: `${all.map((n) => `netns del ${n}`).join('\n')}\n` }));
  for (const n of all) await must(['ip', 'netns', 'add', n]);
  const ip = (i: number) => c.hostIp(200 + i);
  for (const i of [1, 2]) {
    const host = i === 1 ? ns.x1 : ns.x2;
    const net = i === 1 ? ns.n1 : ns.n2;
    const wl = i === 1 ? ns.w1 : ns.w2;
    await ipBatch(c.ulNs, [`link add xb${i} type veth peer name eth0 netns ${host}`, `link set xb${i} master ul0 up`]);
    await ipBatch(host, [`addr add ${ip(i)}/24 dev eth0`, 'link set eth0 up', 'link set lo up']);
    await ipBatch(net, [
      'link set lo up',
      'link add br0 type bridge',
      'link set br0 mtu 1450 up',
      `link add hv${i} type veth peer name eth0 netns ${wl}`,
      `link set hv${i} mtu 1450 master br0 up`,
    ]);
    await ipBatch(wl, ['link set lo up', `link set eth0 address 02:42:0a:f2:00:0${i} mtu 1450 up`, `addr add 10.242.0.${i}/24 dev eth0`]);
    await cleanHostVxlans(c, p, i, 'udpcsum');
    // The same shape on the agent's own host h<i>.
    const hnet = i === 1 ? ns.hn1 : ns.hn2;
    const hwl = i === 1 ? ns.hw1 : ns.hw2;
    await ipBatch(hnet, [
      'link set lo up',
      'link add br0 type bridge',
      'link set br0 mtu 1450 up',
      `link add ho${i} type veth peer name eth0 netns ${hwl}`,
      `link set ho${i} mtu 1450 master br0 up`,
    ]);
    await ipBatch(hwl, ['link set lo up', `link set eth0 address 02:42:0a:f4:00:0${i} mtu 1450 up`, `addr add 10.244.0.${i}/24 dev eth0`]);
    await onHostVxlan(c, hnet, i, 'udpcsum');
  }
  return {
    topo: { name: 'hand-built VXLAN (Docker topology)', client: ns.w1, server: ns.w2, ip: '10.242.0.2' },
    bare: { name: 'hand-built bare vxlan device', client: ns.x1, server: ns.x2, ip: '10.243.0.2' },
    onHosts: { name: ON_HOSTS, client: ns.hw1, server: ns.hw2, ip: '10.244.0.2' },
    nsList: all,
  };
}

/** Static FDB and neighbour entries for the other side of hand-built host `i`, as vxnet installs them. */
async function staticEntries(net: string, dev: string, macPrefix: string, subnet: string, i: number, other: string): Promise<void> {
  const peerMac = `${macPrefix}${3 - i}`;
  await must(['bridge', '-n', net, 'fdb', 'append', '00:00:00:00:00:00', 'dev', dev, 'dst', other]);
  await must(['bridge', '-n', net, 'fdb', 'replace', peerMac, 'dev', dev, 'dst', other, 'self', 'permanent']);
  await must(['ip', '-n', net, 'neigh', 'replace', `${subnet}.${3 - i}`, 'lladdr', peerMac, 'dev', dev, 'nud', 'permanent']);
}

/**
 * The vxlan devices of clean host x<i>: Docker-shaped (made in the host namespace, bound to the underlay, moved into
 * the network namespace onto its bridge, with the other side's static entries) and bare (one device with the address).
 */
async function cleanHostVxlans(c: Cluster, p: string, i: number, csum: 'udpcsum' | 'noudpcsum'): Promise<void> {
  const net = `${p}xn${i}`;
  const local = c.hostIp(200 + i);
  const other = c.hostIp(200 + 3 - i);
  await ipBatch(`${p}x${i}`, [
    `link add vxh${i} type vxlan id 4242 local ${local} dev eth0 dstport 4789 nolearning proxy ${csum}`,
    `link set vxh${i} mtu 1450 netns ${net}`,
    `link add vxd type vxlan id 4243 local ${local} remote ${other} dev eth0 dstport 4790 ${csum}`,
    'link set vxd mtu 1450 up',
    `addr add 10.243.0.${i}/24 dev vxd`,
  ]);
  await ipBatch(net, [`link set vxh${i} master br0 up`]);
  await staticEntries(net, `vxh${i}`, '02:42:0a:f2:00:0', '10.242.0', i, other);
}

/**
 * The vxlan of the hand-built path on agent host h<i>: made in the host's namespace, bound to its underlay address
 * (VNI 4244, outside vxnet's range), moved into `net` onto its bridge, with the other side's static entries.
 */
async function onHostVxlan(c: Cluster, net: string, i: number, csum: 'udpcsum' | 'noudpcsum'): Promise<void> {
  await ipBatch(c.hostNs(`h${i}`), [
    `link add vxo${i} type vxlan id 4244 local ${c.hostIp(i)} dev eth0 dstport 4789 nolearning proxy ${csum}`,
    `link set vxo${i} mtu 1450 netns ${net}`,
  ]);
  await ipBatch(net, [`link set vxo${i} master br0 up`]);
  await staticEntries(net, `vxo${i}`, '02:42:0a:f4:00:0', '10.244.0', i, c.hostIp(3 - i));
}

/** Recreates the hand-built vxlan devices with or without UDP checksums (the kernel refuses to change it in place). */
async function setHandCsum(c: Cluster, ctx: BenchContext, on: boolean): Promise<void> {
  const p = ctx.prefix;
  const csum = on ? 'udpcsum' : 'noudpcsum';
  for (const i of [1, 2]) {
    await must(['ip', '-n', `${p}xn${i}`, 'link', 'del', `vxh${i}`]);
    await must(['ip', '-n', `${p}x${i}`, 'link', 'del', 'vxd']);
    await cleanHostVxlans(c, p, i, csum);
    await must(['ip', '-n', `${p}hn${i}`, 'link', 'del', `vxo${i}`]);
    await onHostVxlan(c, `${p}hn${i}`, i, csum);
  }
}

/** GRO on every veth end of the underlay (the receive side of encapsulated traffic). */
async function setUnderlayGro(c: Cluster, ctx: BenchContext, on: boolean): Promise<boolean> {
  const ends: [string, string][] = [
    ...c.hosts.map((_h, i): [string, string] => [c.ulNs, `p${i + 1}`]),
    ...c.hosts.map((h): [string, string] => [c.hostNs(h), 'eth0']),
    [`${ctx.prefix}x1`, 'eth0'],
    [`${ctx.prefix}x2`, 'eth0'],
    [c.ulNs, 'xb1'],
    [c.ulNs, 'xb2'],
  ];
  let ok = true;
  for (const [ns, dev] of ends) {
    const r = await sh(inNs(ns, ['ethtool', '-K', dev, 'gro', on ? 'on' : 'off']));
    if (r.code !== 0) ok = false;
  }
  return ok;
}

async function waitPing(ns: string, ip: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if ((await sh(inNs(ns, ['ping', '-c1', '-W1', ip]))).code === 0) return;
    await sleep(100);
  }
  throw new Error(`no ping from ${ns} to ${ip} within ${timeoutMs} ms`);
}

export const bench = {
  name: 'dataplane',
  title: '1. Data plane: iperf3 TCP across two hosts',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const c = await ctx.cluster();
    const seconds = ctx.quick ? 1 : 5;
    await c.cliOk(['network', 'create', '-d', 'overlay', '--ipv6', '--subnet', '10.241.0.0/24', '--subnet', 'fd00:241::/64', 'bdp']);
    await c.cliOk(['run', '--host', 'h1', '--network', 'bdp', '--name', 'dpa', '--ip', '10.241.0.10', '--ip6', 'fd00:241::10']);
    await c.cliOk(['run', '--host', 'h2', '--network', 'bdp', '--name', 'dpb', '--ip', '10.241.0.20', '--ip6', 'fd00:241::20']);
    const wa = `${c.agentPrefix('h1')}wl-dpa`;
    const wb = `${c.agentPrefix('h2')}wl-dpb`;
    await waitPing(wa, '10.241.0.20', 15_000);
    await waitPing(wa, 'fd00:241::20', 15_000);
    const hand = await handBuilt(c, ctx);
    await waitPing(hand.topo.client, hand.topo.ip, 5_000);
    await waitPing(hand.bare.client, hand.bare.ip, 5_000);
    await waitPing(hand.onHosts.client, hand.onHosts.ip, 5_000);

    const paths: Path[] = [
      { name: 'underlay host-to-host', client: c.hostNs('h1'), server: c.hostNs('h2'), ip: c.hostIp(2) },
      { name: 'vxnet overlay', client: wa, server: wb, ip: '10.241.0.20' },
      { name: V6, client: wa, server: wb, ip: 'fd00:241::20' },
      hand.onHosts,
      hand.topo,
      hand.bare,
    ];
    const haveEthtool = (await sh(['ethtool', '--version'])).code === 0;
    if (!haveEthtool) r.notes.push('ethtool missing: GRO variant not measured (scripts/bench.sh installs it).');
    const runs = ctx.quick ? 1 : 3;
    const settings = !ctx.quick && haveEthtool ? ['default', 'gro'] : ['default'];
    const NOCSUM = 'hand-built VXLAN (Docker topology), no UDP checksum';
    const ON_HOSTS_NOCSUM = `${ON_HOSTS}, no UDP checksum`;
    // samples[`${setting} P${streams}`][path] = Gbit/s of each run; runs interleave the paths.
    const samples: Record<string, Record<string, number[]>> = {};
    const add = (key: string, path: string, v: number | null) => {
      if (v !== null) {
        const byPath = samples[key] ?? {};
        samples[key] = byPath;
        byPath[path] = [...(byPath[path] ?? []), v];
      }
      ctx.log(`${key} ${path}: ${v ?? 'failed'} Gbit/s`);
    };
    for (const setting of settings) {
      await setUnderlayGro(c, ctx, setting === 'gro');
      for (const streams of [1, 4]) {
        const key = `${setting} P${streams}`;
        for (let k = 0; k < runs; k++) {
          for (const p of paths) add(key, p.name, await iperf(p, streams, seconds));
          // The hand-built Docker-shaped paths without UDP checksums (vxnet's own choice since it was found best).
          await setHandCsum(c, ctx, false);
          add(key, ON_HOSTS_NOCSUM, await iperf({ ...hand.onHosts, name: ON_HOSTS_NOCSUM }, streams, seconds));
          add(key, NOCSUM, await iperf({ ...hand.topo, name: NOCSUM }, streams, seconds));
          await setHandCsum(c, ctx, true);
        }
      }
    }
    if (settings.includes('gro')) await setUnderlayGro(c, ctx, false);
    const stat = (xs: number[] | undefined) =>
      xs?.length ? { p50: round(percentile(xs, 50)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), n: xs.length } : null;
    const table: Record<string, Record<string, ReturnType<typeof stat>>> = {};
    for (const [key, byPath] of Object.entries(samples))
      table[key] = Object.fromEntries(Object.entries(byPath).map(([path, xs]) => [path, stat(xs)]));
    r.details.gbps = table;
    r.details.seconds = seconds;
    r.details.runs = runs;
    const mm = (s: ReturnType<typeof stat>) => (s ? `(min ${s.min}, max ${s.max}, n ${s.n})` : '(failed)');
    const short = (path: string) =>
      path
        .replace(ON_HOSTS, 'Docker-shaped on the same hosts')
        .replace('hand-built VXLAN (Docker topology)', 'Docker-shaped on hosts without netfilter');
    /** The best of `paths` (median) over every underlay setting. */
    const bestOf = (streams: number, paths: string[]) =>
      settings
        .flatMap((setting) => paths.map((path) => ({ setting, path, s: table[`${setting} P${streams}`]?.[path] ?? null })))
        .filter((x) => x.s)
        .sort((a, b) => b.s!.p50! - a.s!.p50!)[0];
    for (const streams of [1, 4]) {
      // The baseline: the best hand-built Docker-shaped configuration on the same hosts (same host namespaces, underlay
      // veths, NAT ruleset and conntrack as vxnet's), and vxnet under that underlay setting.
      const best = bestOf(streams, [ON_HOSTS, ON_HOSTS_NOCSUM]);
      const setting = best?.setting ?? 'default';
      const vx = table[`${setting} P${streams}`]?.['vxnet overlay'] ?? null;
      const ul = table[`${setting} P${streams}`]?.['underlay host-to-host'] ?? null;
      const label = `TCP ${streams} stream${streams > 1 ? 's' : ''}, ${setting === 'gro' ? 'GRO on the underlay' : 'default offloads'}, median ${mm(vx)}`;
      const ratioHb = ratioOf(vx?.p50 ?? null, best?.s?.p50);
      const named = (b: typeof best) => `${b ? `${short(b.path)}${b.setting === 'gro' ? ' + GRO' : ''}` : 'n/a'} ${mm(b?.s ?? null)}`;
      r.rows.push({
        bench: 'dataplane',
        metric: label,
        unit: 'Gbit/s',
        vxnet: vx?.p50 ?? null,
        baseline: best?.s?.p50 ?? null,
        baselineName: `best hand-built: ${named(best)}`,
        ratio: ratioHb,
        target: 'vxnet >= 1.0 x hand-built',
        met: ratioHb === null ? null : ratioHb >= 1.0,
      });
      // Beside it, what the host's own ruleset costs: the same shape on host namespaces with no netfilter at all.
      const clean = bestOf(streams, [hand.topo.name, NOCSUM]);
      const vxClean = table[`${clean?.setting ?? 'default'} P${streams}`]?.['vxnet overlay'] ?? null;
      r.rows.push({
        bench: 'dataplane',
        metric: `TCP ${streams} stream${streams > 1 ? 's' : ''}, ${clean?.setting === 'gro' ? 'GRO on the underlay' : 'default offloads'}, median ${mm(vxClean)}`,
        unit: 'Gbit/s',
        vxnet: vxClean?.p50 ?? null,
        baseline: clean?.s?.p50 ?? null,
        baselineName: `best hand-built: ${named(clean)}`,
        ratio: ratioOf(vxClean?.p50 ?? null, clean?.s?.p50),
      });
      const v6 = table[`${setting} P${streams}`]?.[V6] ?? null;
      const ratio6 = ratioOf(v6?.p50 ?? null, vx?.p50);
      r.rows.push({
        bench: 'dataplane',
        metric: `${label.replace(/, median.*$/, '')}, IPv6 inside, median ${mm(v6)}`,
        unit: 'Gbit/s',
        vxnet: v6?.p50 ?? null,
        baseline: vx?.p50 ?? null,
        baselineName: `vxnet overlay, IPv4 inside, same run ${mm(vx)}`,
        ratio: ratio6,
        target: 'IPv6 >= 0.95 x IPv4',
        met: ratio6 === null ? null : ratio6 >= 0.95,
      });
      const ratioUl = ratioOf(vx?.p50 ?? null, ul?.p50);
      r.rows.push({
        bench: 'dataplane',
        metric: label,
        unit: 'Gbit/s',
        vxnet: vx?.p50 ?? null,
        baseline: ul?.p50 ?? null,
        baselineName: `bare underlay ${mm(ul)}`,
        ratio: ratioUl,
        ...(streams === 1 ? { target: 'vxnet >= 0.75 x underlay', met: ratioUl === null ? null : ratioUl >= 0.75 } : {}),
      });
    }
    r.notes.push(
      `Same underlay veths and bridge for every path; iperf3 ${seconds} s per run, ${runs} runs per figure (median, min, max), the paths interleaved run by run. ` +
        `Baseline = the best hand-built Docker-shaped configuration measured on the same hosts as vxnet's workloads (bridge + vxlan in a network namespace made by hand, veth to a workload namespace, the vxlan bound to the host's underlay address; with and without UDP checksums, with and without GRO on the underlay veths), ` +
        `vxnet measured under the same underlay setting: both pay the host namespace's NAT ruleset and conntrack. ` +
        `Beside it (no target), the same shape on two extra host namespaces with no netfilter at all: the ratio there includes what the host's ruleset costs. The bare vxlan device and every variant are in details.`,
    );

    // ping -M do: the largest payload the overlay MTU allows passes, one byte more fails loudly.
    const mtu = c.ipJson<{ ifname: string; mtu: number }[]>(wa, ['link', 'show', 'eth0'])[0]!.mtu;
    const max = mtu - 28;
    const ok = await sh(inNs(wa, ['ping', '-M', 'do', '-s', String(max), '-c', '1', '-W', '2', '10.241.0.20']));
    const over = await sh(inNs(wa, ['ping', '-M', 'do', '-s', String(max + 1), '-c', '1', '-W', '2', '10.241.0.20']));
    const loud = over.code !== 0 && /too long|frag needed|mtu/i.test(over.stdout + over.stderr);
    r.details.pmtu = {
      workloadMtu: mtu,
      maxPayload: max,
      passes: ok.code === 0,
      oneMore: { code: over.code, output: (over.stderr + over.stdout).trim().split('\n')[0] },
    };
    r.rows.push({
      bench: 'dataplane',
      metric: `ping -M do -s ${max} passes, -s ${max + 1} errors`,
      unit: 'ok',
      vxnet: ok.code === 0 && loud ? 1 : 0,
      target: 'largest passes, one more is an error (not silence)',
      met: ok.code === 0 && loud,
    });
    await must(['ip', '-n', hand.topo.client, 'link', 'show', 'eth0']); // the hand-built path is still whole
    await c.cliOk(['rm', '-f', 'dpa', 'dpb']);
    await c.cliOk(['network', 'rm', 'bdp']);
  },
};
