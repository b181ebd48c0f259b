// The lab's underlay: namespace vxl-ul with bridge ul0; one namespace per host
// (vxl-hN, eth0 = 198.18.0.N/24 on ul0, lo up, no default route); one veth
// vxlab0 (198.18.0.254/24) from the root namespace into the bridge. That veth
// is the ONLY change to the root namespace, and `lab down` removes it.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LAB } from './state.js';
import { sh, ipJson, LabError } from './sh.js';
import { DEFAULT_UTS_DIR as UTS_DIR } from '../../agent/kernel/uts.js';

interface IpRoute {
  dst?: string;
  dev?: string;
  type?: string;
  table?: string;
}
interface IpAddr {
  ifname?: string;
  addr_info?: { family?: string; local?: string; prefixlen?: number }[];
}
interface IpLink {
  ifname?: string;
}
interface IpNetns {
  name?: string;
}

/** Refuses when 198.18.0.0/24 is already in use in the root namespace or a lab (or its debris) exists. */
export async function checkFree(): Promise<void> {
  const ns = await labNamespaces();
  if (ns.length > 0 || (await linkExists(LAB.rootVeth))) {
    throw new LabError(
      `a lab is already up (or left over: ${[...ns, ...((await linkExists(LAB.rootVeth)) ? [LAB.rootVeth] : [])].join(', ')}): run 'vxnet lab down' first`,
    );
  }
  const inside = await ipJson<IpRoute>(['-4', 'route', 'show', 'table', 'all', 'root', LAB.subnet]);
  const covering = (await ipJson<IpRoute>(['-4', 'route', 'show', 'table', 'all', 'match', LAB.subnet])).filter(
    (r) => r.dst !== 'default' && r.dst !== '0.0.0.0/0',
  );
  const routes = [...inside, ...covering];
  if (routes.length > 0) {
    const r = routes[0]!;
    throw new LabError(
      `${LAB.subnet} is already routed in this namespace (${r.dst ?? '?'} dev ${r.dev ?? '?'}${r.table ? ` table ${r.table}` : ''}): the lab needs it for itself`,
    );
  }
  for (const link of await ipJson<IpAddr>(['-4', 'addr', 'show'])) {
    for (const a of link.addr_info ?? []) {
      if (a.local?.startsWith('198.18.0.'))
        throw new LabError(`${a.local} is already assigned to ${link.ifname}: the lab needs ${LAB.subnet}`);
    }
  }
}

export async function labNamespaces(): Promise<string[]> {
  const list = await ipJson<IpNetns>(['netns', 'list']);
  return list
    .map((n) => n.name ?? '')
    .filter((n) => n.startsWith(LAB.prefix))
    .sort();
}

async function linkExists(name: string, netns?: string): Promise<boolean> {
  const r = await sh(['ip', ...(netns ? ['-n', netns] : []), '-j', 'link', 'show', 'dev', name], { allowFail: true });
  return r.exitCode === 0 && (JSON.parse(r.stdout || '[]') as IpLink[]).length > 0;
}

export async function createUnderlay(): Promise<void> {
  const ul = LAB.underlayNs;
  await sh(['ip', 'netns', 'add', ul]);
  await sh(['ip', '-n', ul, 'link', 'set', 'lo', 'up']);
  await sh(['ip', '-n', ul, 'link', 'add', LAB.bridge, 'mtu', String(LAB.mtu), 'type', 'bridge']);
  await sh(['ip', '-n', ul, 'link', 'set', LAB.bridge, 'up']);
  // The root end is created in the root namespace, its peer goes straight into vxl-ul.
  await sh(['ip', 'link', 'add', LAB.rootVeth, 'mtu', String(LAB.mtu), 'type', 'veth', 'peer', 'name', LAB.rootPeer, 'netns', ul]);
  await sh(['ip', '-n', ul, 'link', 'set', LAB.rootPeer, 'master', LAB.bridge, 'up']);
  await sh(['ip', 'addr', 'add', `${LAB.rootIp}/${LAB.prefixLen}`, 'dev', LAB.rootVeth]);
  await sh(['ip', 'link', 'set', LAB.rootVeth, 'up']);
}

export async function createHost(i: number): Promise<void> {
  const ns = LAB.hostNs(i);
  const peer = LAB.hostPeer(i);
  await sh(['ip', 'netns', 'add', ns]);
  await sh(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
  await sh(['ip', '-n', LAB.underlayNs, 'link', 'add', peer, 'mtu', String(LAB.mtu), 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
  await sh(['ip', '-n', LAB.underlayNs, 'link', 'set', peer, 'master', LAB.bridge, 'up']);
  await sh(['ip', '-n', ns, 'addr', 'add', `${LAB.hostIp(i)}/${LAB.prefixLen}`, 'dev', 'eth0']);
  await sh(['ip', '-n', ns, 'link', 'set', 'eth0', 'mtu', String(LAB.mtu), 'up']);
}

/** Deletes every vxl-* namespace, vxlab0 and /etc/netns/vxl-*; collects errors, keeps going. */
export async function destroyUnderlay(errors: Error[]): Promise<string[]> {
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = await labNamespaces();
  } catch (err) {
    errors.push(err as Error);
  }
  // Workload namespaces (vxl-hN-*) first, the underlay last: order only matters for tidiness.
  names.sort((a, b) => (a === LAB.underlayNs ? 1 : b === LAB.underlayNs ? -1 : b.length - a.length));
  for (const ns of names) {
    try {
      await sh(['ip', 'netns', 'del', ns]);
      removed.push(ns);
    } catch (err) {
      errors.push(err as Error);
    }
  }
  try {
    if (await linkExists(LAB.rootVeth)) {
      await sh(['ip', 'link', 'del', LAB.rootVeth]);
      removed.push(LAB.rootVeth);
    }
  } catch (err) {
    errors.push(err as Error);
  }
  // `ip netns exec` shows /etc/netns/<ns>/ as /etc; agents write workload files there.
  try {
    for (const d of readdirSync('/etc/netns')) {
      if (d.startsWith(LAB.prefix)) rmSync(join('/etc/netns', d), { recursive: true, force: true });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') errors.push(err as Error);
  }
  // Workload hostnames: UTS namespaces the agents bind-mount there (agent/kernel/uts.ts).
  try {
    for (const d of readdirSync(UTS_DIR)) {
      if (!d.startsWith(LAB.prefix)) continue;
      await sh(['umount', join(UTS_DIR, d)], { allowFail: true });
      rmSync(join(UTS_DIR, d), { force: true });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') errors.push(err as Error);
  }
  return removed;
}

/** Processes whose network namespace is a lab namespace (agents, workload commands). */
export async function pidsInNamespace(ns: string): Promise<number[]> {
  const r = await sh(['ip', 'netns', 'pids', ns], { allowFail: true });
  return r.stdout
    .split(/\s+/)
    .filter((x) => /^\d+$/.test(x))
    .map(Number);
}
