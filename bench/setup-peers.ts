// The sides of the setup benchmark other than vxnet, each doing the same work
// per workload as vxnet's agent does: make the workload's namespace, a veth
// to a bridge with NAT, the address and the default route. Debian's netavark
// (bridge network with NAT) and CNI bridge + host-local with ipMasq run as
// podman and CNI runtimes do, one plugin process per workload after
// `ip netns add`; "naive ip" is one ip process per command. Every side works
// in its own "host" namespace (nsenter / ip -n), so its bridge and NAT rules
// live there and vanish with it. A teardown is the plugin's DEL (if any) and
// `ip netns del`, timed until `ip monitor` saw the host end of the veth go.
// Must never: run a peer in the root namespace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { macOf } from '../lib/ipv4.js';
import { Mode, type Workload } from '../proto/index.js';
import { added, LinkWatch } from './link-watch.js';
import { ipBatch, must, nowMs, runPlugin } from './util.js';

export const NETAVARK = '/usr/lib/podman/netavark';
export const CNI_DIR = '/usr/lib/cni';
/** The workload every side sets up first, outside the timing (bridges and NAT tables exist from then on). */
export const WARM = 9999;

/** One side of the comparison: ms for setting up / tearing down the workloads `ids`, one after the other. */
export interface Side {
  name: string;
  setup(ids: readonly number[]): Promise<number>;
  teardown(ids: readonly number[]): Promise<number>;
  /** Processes spawned by the last call (when the side counts them). */
  processes?: number;
  stop(): Promise<void>;
}

export async function hostNs(ns: string): Promise<void> {
  await must(['ip', 'netns', 'add', ns]);
  // A veth pair inside the namespace stands in for the host's NIC.
  await ipBatch(ns, [
    'link set lo up',
    'link add eth0 type veth peer name eth0p',
    'link set eth0p up',
    'addr add 198.18.250.1/24 dev eth0',
    'link set eth0 up',
  ]);
}

const ipOf = (net: number, i: number) => `172.${net}.${Math.floor(i / 250)}.${(i % 250) + 2}`;

export function bridgeWorkload(i: number): Workload {
  const ip = ipOf(29, i);
  return {
    name: `w${i}`,
    host: 'h1',
    mode: Mode.DEFAULT_BRIDGE,
    attachments: [
      { network: 'bridge', networkId: 'br-h1', subnet: '172.29.0.0/16', gateway: '172.29.255.254', ip, mac: macOf(ip), ifname: 'eth0' },
    ],
  };
}

/** Runs argv with env and stdin; resolves with exit code and output. */
const run = (argv: string[], env: Record<string, string>, stdin: string) => runPlugin(argv, env, stdin, 30_000);

async function ok(what: string, p: Promise<{ code: number; out: string }>): Promise<void> {
  const r = await p;
  if (r.code !== 0) throw new Error(`${what} failed: ${r.out.trim().slice(0, 300)}`);
}

/** A side made of per-workload add and del steps, in its own host namespace `host`. */
async function peerSide(name: string, host: string, add: (i: number) => Promise<void>, del: (i: number) => Promise<void>): Promise<Side> {
  const watch = await LinkWatch.start(host);
  const ends = new Map<string, Set<number>>();
  return {
    name,
    async setup(ids) {
      const before = await watch.veths(host);
      const t = nowMs();
      for (const i of ids) await add(i);
      const ms = nowMs() - t;
      ends.set(ids.join(','), added(before, await watch.veths(host)));
      return ms;
    },
    async teardown(ids) {
      const key = ids.join(',');
      const gone = ends.get(key) ?? new Set();
      if (gone.size !== ids.length) throw new Error(`${name}: ${gone.size} host veths for ${ids.length} workloads`);
      const t = nowMs();
      for (const i of ids) await del(i);
      await watch.until(gone);
      ends.delete(key);
      return nowMs() - t;
    },
    async stop() {
      watch.stop();
    },
  };
}

export async function naiveSide(prefix: string): Promise<Side> {
  const host = `${prefix}sn`;
  await hostNs(host);
  await ipBatch(host, ['link add br0 type bridge', 'addr add 172.28.255.254/16 dev br0', 'link set br0 up']);
  await must(['ip', 'netns', 'exec', host, 'nft', '-f', '-'], {
    stdin:
      'table ip naive {\n chain post {\n  type nat hook postrouting priority 100;\n  ip saddr 172.28.0.0/16 oifname != "br0" masquerade\n }\n}\n',
  });
  const ns = (i: number) => `${prefix}n-${i}`;
  return peerSide(
    'naive ip per command',
    host,
    async (i) => {
      for (const argv of [
        ['ip', 'netns', 'add', ns(i)],
        ['ip', '-n', host, 'link', 'add', `nv${i}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns(i)],
        ['ip', '-n', host, 'link', 'set', `nv${i}`, 'master', 'br0', 'up'],
        ['ip', '-n', ns(i), 'link', 'set', 'lo', 'up'],
        ['ip', '-n', ns(i), 'addr', 'add', `${ipOf(28, i)}/16`, 'dev', 'eth0'],
        ['ip', '-n', ns(i), 'link', 'set', 'eth0', 'up'],
        ['ip', '-n', ns(i), 'route', 'add', 'default', 'via', '172.28.255.254'],
      ])
        await must(argv);
    },
    async (i) => {
      await must(['ip', 'netns', 'del', ns(i)]);
    },
  );
}

export async function netavarkSide(prefix: string, dir: string, ids: readonly number[]): Promise<Side> {
  const host = `${prefix}sa`;
  await hostNs(host);
  const ns = (i: number) => `${prefix}a-${i}`;
  const network = {
    dns_enabled: false,
    driver: 'bridge',
    id: 'b'.repeat(64),
    internal: false,
    ipv6_enabled: false,
    name: 'vxbench',
    network_interface: 'vxbpod0',
    subnets: [{ gateway: '172.27.255.254', subnet: '172.27.0.0/16' }],
  };
  // What podman hands netavark, written beforehand (podman keeps it in memory).
  const file = (i: number) => join(dir, `netavark-${i}.json`);
  for (const i of [WARM, ...ids])
    writeFileSync(
      file(i),
      JSON.stringify({
        container_id: i.toString(16).padStart(64, '0'),
        container_name: `c${i}`,
        port_mappings: [],
        networks: { vxbench: { interface_name: 'eth0', static_ips: [ipOf(27, i)] } },
        network_info: { vxbench: network },
      }),
    );
  const call = (cmd: string, i: number) =>
    ok(
      `netavark ${cmd}`,
      run(
        [
          'nsenter',
          `--net=/run/netns/${host}`,
          '--',
          NETAVARK,
          '--config',
          join(dir, 'netavark'),
          '-f',
          file(i),
          cmd,
          `/run/netns/${ns(i)}`,
        ],
        {},
        '',
      ),
    );
  return peerSide(
    'netavark',
    host,
    async (i) => {
      await must(['ip', 'netns', 'add', ns(i)]);
      await call('setup', i);
    },
    async (i) => {
      await call('teardown', i);
      await must(['ip', 'netns', 'del', ns(i)]);
    },
  );
}

export async function cniSide(prefix: string, dir: string): Promise<Side> {
  const host = `${prefix}sc`;
  await hostNs(host);
  const ns = (i: number) => `${prefix}c-${i}`;
  const conf = JSON.stringify({
    cniVersion: '1.0.0',
    name: 'vxbench',
    type: 'bridge',
    bridge: 'vxbcni0',
    isGateway: true,
    ipMasq: true,
    ipam: { type: 'host-local', subnet: '172.26.0.0/16', dataDir: join(dir, 'cni-ipam') },
  });
  const call = (cmd: string, i: number) =>
    ok(
      `CNI ${cmd}`,
      run(
        ['nsenter', `--net=/run/netns/${host}`, '--', join(CNI_DIR, 'bridge')],
        { CNI_COMMAND: cmd, CNI_CONTAINERID: `vxbench${i}`, CNI_NETNS: `/run/netns/${ns(i)}`, CNI_IFNAME: 'eth0', CNI_PATH: CNI_DIR },
        conf,
      ),
    );
  return peerSide(
    'CNI bridge+host-local',
    host,
    async (i) => {
      await must(['ip', 'netns', 'add', ns(i)]);
      await call('ADD', i);
    },
    async (i) => {
      await call('DEL', i);
      await must(['ip', 'netns', 'del', ns(i)]);
    },
  );
}
