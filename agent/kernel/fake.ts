// Linux's model, in memory. It runs in production as the predictor
// (pipeline/predict.ts applies a plan to the last observation with it instead
// of observing again) and in unit tests of the planner and reconciler. It
// applies each Op with Linux's semantics (what exists, what moves, what a
// namespace deletion takes with it) and refuses what Linux refuses, with the
// same KernelCommandError the real layer throws, so plans are checked
// honestly. failAt(n) injects a failure; mutate() simulates drift.
// Must never touch the machine: no processes, no files.
import { KernelCommandError } from '../../lib/errors.js';
import {
  HOST_NS,
  OBSERVED_SYSCTLS,
  elementId,
  orderOps,
  type NftTable,
  type NsName,
  type ObservedLink,
  type ObservedNamespace,
  type ObservedState,
  type Op,
} from '../model/kernel-objects.js';
import { KernelApplyError, type ApplyResult, type Kernel, type ObserveScope, type SpawnOptions, type SpawnedProcess } from './kernel.js';
import { batchArgv, isRemoval, placeOp, renderBatches, renderOp } from './iproute.js';
import { FakeSpace, cloneNs, dropIpv6, dropRoutesIfUnaddressed } from './fake-space.js';
import { IPV6_MIN_MTU, isV6, onLink } from '../../lib/ifaddr.js';
import { parseNftTableText } from './nft-text.js';

export interface FakeKernelOptions {
  /** Links of HOST_NS at start; default lo (up) and eth0 (up, 192.0.2.10/24, MTU 1500). */
  hostLinks?: ObservedLink[];
}

export type FakeSpawnHandler = (ns: NsName, argv: readonly string[]) => { code: number; stdout?: string; stderr?: string };

export class FakeKernel implements Kernel {
  private readonly space: FakeSpace;
  private appliedOps = 0;
  private failAtOp: number | undefined;
  /** Every op applied successfully, in order (for assertions). */
  readonly log: Op[] = [];
  /** What spawnIn runs; default: exit 0, no output. */
  spawnHandler: FakeSpawnHandler = () => ({ code: 0 });

  constructor(options: FakeKernelOptions = {}) {
    this.space = new FakeSpace(
      options.hostLinks ?? [
        { name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: true, addresses: ['127.0.0.1/8'] },
        { name: 'eth0', kind: 'ether', mtu: 1500, mac: '02:00:c0:00:02:0a', up: true, addresses: ['192.0.2.10/24'] },
      ],
    );
  }

  /**
   * A fake holding exactly what was observed. Veth pairings are not part of
   * an observation, so deleting a namespace here does not take peers in other
   * namespaces with it: a prediction may keep a host-side veth the real kernel
   * removed, which the next plan deletes again (harmless: removals of what is
   * gone succeed). Names observed with one identity (ObservedState.ids) are
   * one namespace here too.
   */
  static fromObserved(state: ObservedState): FakeKernel {
    const k = new FakeKernel({ hostLinks: state.contents.get(HOST_NS)?.links ?? [] });
    const s = k.space;
    const host = state.contents.get(HOST_NS);
    if (host) s.namespaces.set(HOST_NS, cloneNs(host));
    const byId = new Map<string, NsName>();
    for (const ns of state.namespaces) {
      const id = state.ids?.get(ns);
      const same = id === undefined ? undefined : byId.get(id);
      if (same !== undefined) {
        s.alias(ns, same);
        continue;
      }
      s.namespaces.set(ns, cloneNs(state.contents.get(ns) ?? { links: [], routes: [], fdb: [], neigh: [] }));
      if (id !== undefined) {
        byId.set(id, ns);
        s.ids.set(ns, id);
      }
    }
    for (const [ns, table] of state.nft) s.nft.set(ns, cloneTable(table));
    const sysctls = host?.sysctls;
    if (sysctls) s.sysctl.set(HOST_NS, new Map(Object.entries(sysctls)));
    return k;
  }

  /** The n-th op applied from now on (1-based, across apply calls) fails; undefined clears it. */
  failAt(n: number | undefined): void {
    this.failAtOp = n === undefined ? undefined : this.appliedOps + n;
  }

  /** Changes state behind the agent's back (drift); the callback edits a live view. */
  mutate(edit: (state: FakeState) => void): void {
    edit(this.space);
  }

  /** sysctl values written so far in a namespace (not part of ObservedState). */
  sysctls(ns: NsName): ReadonlyMap<string, string> {
    return this.space.sysctl.get(ns) ?? new Map();
  }

  async inspectNamespace(ns: NsName): Promise<ObservedNamespace | undefined> {
    const c = this.space.namespaces.get(ns);
    return c ? cloneNs(c) : undefined;
  }

  async observe(scope: ObserveScope): Promise<ObservedState> {
    const s = this.space;
    const namespaces = [...s.namespaces.keys()]
      .filter((n) => n !== HOST_NS && (scope.only ? scope.only.includes(n) : n.startsWith(scope.prefix)))
      .sort();
    const keep = (n: NsName) => (n === HOST_NS && !scope.only) || namespaces.includes(n);
    const contents = new Map<NsName, ObservedNamespace>();
    for (const [n, c] of s.namespaces) if (keep(n)) contents.set(n, cloneNs(c));
    // As the real layer: sysctls are read back in the agent's own namespace only.
    const host = contents.get(HOST_NS);
    const values = s.sysctl.get(HOST_NS);
    if (host && values) host.sysctls = Object.fromEntries(OBSERVED_SYSCTLS.filter((k) => values.has(k)).map((k) => [k, values.get(k)!]));
    const nft = new Map<NsName, NftTable>();
    for (const [n, t] of s.nft) if (keep(n)) nft.set(n, cloneTable(t));
    const ids = new Map(namespaces.flatMap((n) => (s.ids.has(n) ? [[n, s.ids.get(n)!] as const] : [])));
    return { namespaces, contents, nft, ids };
  }

  async apply(ops: readonly Op[]): Promise<ApplyResult> {
    const processes = renderBatches(ops).filter((b) => !(b.tool === 'sysctl' && b.ns === HOST_NS)).length;
    let applied = 0;
    for (const op of orderOps(ops)) {
      this.appliedOps++;
      try {
        if (this.failAtOp !== undefined && this.appliedOps === this.failAtOp) {
          this.failAtOp = undefined;
          throw this.refuse(op, 'injected failure (FakeKernel.failAt)');
        }
        this.applyOne(op);
      } catch (err) {
        throw new KernelApplyError([err instanceof Error ? err : new Error(String(err))], applied);
      }
      applied++;
      this.log.push(op);
    }
    return { processes };
  }

  /** Hostnames given with setHostname, per namespace. */
  readonly hostnames = new Map<NsName, string>();

  async setHostname(ns: NsName, hostname: string): Promise<void> {
    this.hostnames.set(ns, hostname);
  }

  async dropHostname(ns: NsName): Promise<void> {
    this.hostnames.delete(ns);
  }

  /** The model keeps no files: workload output is not captured under it. */
  async makeFifos(_paths: readonly string[]): Promise<void> {}

  spawnIn(ns: NsName, argv: readonly string[], _options?: SpawnOptions): SpawnedProcess {
    const r =
      ns === HOST_NS || this.space.namespaces.has(ns)
        ? this.spawnHandler(ns, argv)
        : { code: 255, stderr: `Cannot open network namespace "${ns}": No such file or directory\n` };
    const enc = new TextEncoder();
    return {
      pid: undefined,
      onStdout: (cb) => {
        if (r.stdout) queueMicrotask(() => cb(enc.encode(r.stdout)));
      },
      onStderr: (cb) => {
        if (r.stderr) queueMicrotask(() => cb(enc.encode(r.stderr)));
      },
      exited: new Promise((resolve) => setTimeout(() => resolve(r.code), 0)),
      kill: () => undefined,
      write: () => undefined,
      end: () => undefined,
    };
  }

  /** The error the real layer would throw for op, with its rendered argv and line. */
  private refuse(op: Op, message: string): KernelCommandError {
    const place = placeOp(op);
    const argv = batchArgv({ tool: place.tool, force: isRemoval(op), lines: renderOp(op) });
    return new KernelCommandError(argv, place.ns || undefined, 1, message, renderOp(op)[0]);
  }

  private applyOne(op: Op): void {
    const s = this.space;
    const fail = (message: string): never => {
      throw this.refuse(op, message);
    };
    const nsOf = (n: NsName) => s.namespaces.get(n) ?? fail(`Cannot open network namespace "${n}": No such file or directory`);
    const linkOf = (c: ObservedNamespace, name: string) => c.links.find((l) => l.name === name) ?? fail(`Cannot find device "${name}"`);
    // Removals of what is already gone succeed, as in the real layer.
    if (isRemoval(op) && op.op !== 'netns-del' && !s.namespaces.has(op.ns)) return;

    switch (op.op) {
      case 'netns-add':
        if (s.namespaces.has(op.ns)) fail(`Cannot create namespace file "/run/netns/${op.ns}": File exists`);
        s.addNamespace(op.ns);
        return;
      case 'netns-del':
        s.deleteNamespace(op.ns);
        return;
      case 'netns-attach':
        // The runtime's namespace, as far as the model knows it: lo and nothing else of ours,
        // or what another name bound from the same path already holds (one namespace, two names).
        if (s.namespaces.has(op.ns)) fail(`mount: ${op.ns}: File exists`);
        s.attachNamespace(op.ns, op.path);
        return;
      case 'vxlan-add': {
        const host = nsOf(HOST_NS);
        const target = nsOf(op.ns);
        if (host.links.some((l) => l.name === op.name)) fail('RTNETLINK answers: File exists');
        const under = linkOf(host, op.dev);
        if (s.allLinks().some((l) => l.vxlan?.vni === op.vni && l.vxlan.port === op.port)) {
          fail('Error: A VXLAN device with the specified VNI already exists.');
        }
        if (op.ns !== HOST_NS && target.links.some((l) => l.name === op.name)) fail('RTNETLINK answers: File exists');
        // Linux silently clamps a vxlan MTU to the underlay's minus 50 at creation.
        target.links.push({
          name: op.name,
          kind: 'vxlan',
          mtu: Math.min(op.mtu, under.mtu - 50),
          mac: s.nextMac(),
          up: false,
          addresses: [],
          vxlan: { vni: op.vni, port: op.port, local: op.local, learning: false, proxy: true },
        });
        return;
      }
      case 'bridge-add': {
        const c = nsOf(op.ns);
        if (c.links.some((l) => l.name === op.name)) fail('RTNETLINK answers: File exists');
        c.links.push({ name: op.name, kind: 'bridge', mtu: op.mtu, mac: op.mac ?? s.nextMac(), up: false, addresses: [] });
        return;
      }
      case 'veth-add': {
        const a = nsOf(op.ns);
        const b = nsOf(op.peerNs);
        if (
          a.links.some((l) => l.name === op.name) ||
          b.links.some((l) => l.name === op.peerName) ||
          (op.ns === op.peerNs && op.name === op.peerName)
        )
          fail('RTNETLINK answers: File exists');
        a.links.push({ name: op.name, kind: 'veth', mtu: op.mtu, mac: s.nextMac(), up: false, addresses: [] });
        b.links.push({ name: op.peerName, kind: 'veth', mtu: op.mtu, mac: op.peerMac, up: false, addresses: [] });
        s.pair(op.ns, op.name, op.peerNs, op.peerName);
        return;
      }
      case 'link-del':
        s.deleteLink(op.ns, op.name);
        return;
      case 'link-set': {
        const c = nsOf(op.ns);
        const link = linkOf(c, op.name);
        if (op.master !== undefined && op.master !== '') {
          const m = linkOf(c, op.master);
          if (m.kind !== 'bridge' || m === link) fail('RTNETLINK answers: Operation not supported');
        }
        if (op.mtu !== undefined && link.vxlan) {
          const under = s.namespaces
            .get(HOST_NS)
            ?.links.find((l) => l.vxlan === undefined && l.addresses.some((a) => a.startsWith(`${link.vxlan!.local}/`)));
          if (under && op.mtu > under.mtu - 50) fail('RTNETLINK answers: Invalid argument');
        }
        if (op.master !== undefined) {
          // A port leaving (or changing) its bridge loses its port settings.
          if (op.master !== link.master) delete link.isolated;
          if (op.master === '') delete link.master;
          else link.master = op.master;
        }
        if (op.isolated !== undefined) {
          if (!link.master) fail('RTNETLINK answers: Operation not supported');
          if (op.isolated) link.isolated = true;
          else delete link.isolated;
        }
        if (op.mtu !== undefined) {
          link.mtu = op.mtu;
          // Below IPv6's minimum MTU Linux drops the device's IPv6 addresses and routes (they do not come back).
          if (op.mtu < IPV6_MIN_MTU) dropIpv6(c, link);
        }
        if (op.mac !== undefined) link.mac = op.mac;
        if (op.up !== undefined) {
          link.up = op.up;
          if (op.up && link.kind === 'loopback' && !link.addresses.includes('127.0.0.1/8')) link.addresses.unshift('127.0.0.1/8');
        }
        return;
      }
      case 'addr-replace': {
        const link = linkOf(nsOf(op.ns), op.dev);
        if (isV6(op.cidr) && link.mtu < IPV6_MIN_MTU) fail('RTNETLINK answers: Invalid argument');
        if (!link.addresses.includes(op.cidr)) link.addresses.push(op.cidr);
        return;
      }
      case 'addr-del': {
        const c = s.namespaces.get(op.ns)!;
        const link = c.links.find((l) => l.name === op.dev);
        if (link) link.addresses = link.addresses.filter((a) => a !== op.cidr);
        dropRoutesIfUnaddressed(c, op.dev);
        return;
      }
      case 'route-replace': {
        const c = nsOf(op.ns);
        if (op.dev !== undefined && !linkOf(c, op.dev).up) fail('Error: Device for nexthop is not up.');
        if (op.gateway !== undefined) {
          const gw = op.gateway;
          const ok = c.links.some((l) => l.up && (op.dev === undefined || l.name === op.dev) && l.addresses.some((a) => onLink(a, gw)));
          if (!ok) fail(isV6(gw) ? 'RTNETLINK answers: No route to host' : 'Error: Nexthop has invalid gateway.');
        }
        c.routes = c.routes.filter((r) => r.dst !== op.dst);
        c.routes.push({ dst: op.dst, ...(op.gateway ? { gateway: op.gateway } : {}), ...(op.dev ? { dev: op.dev } : {}) });
        return;
      }
      case 'route-del': {
        const c = s.namespaces.get(op.ns)!;
        c.routes = c.routes.filter((r) => r.dst !== op.dst);
        return;
      }
      case 'fdb-replace':
      case 'fdb-append': {
        const c = nsOf(op.ns);
        if (linkOf(c, op.dev).kind !== 'vxlan') fail('RTNETLINK answers: Operation not supported');
        let same = entriesByKey(c.fdb, fdbKey).get(fdbKey(op)) ?? [];
        if (op.op === 'fdb-replace' && same.some((f) => f.dst !== op.dst || !f.permanent)) {
          c.fdb = c.fdb.filter((f) => !same.includes(f));
          same = [];
        }
        if (!same.some((f) => f.dst === op.dst)) pushEntry(c.fdb, { dev: op.dev, mac: op.mac, dst: op.dst, permanent: true }, fdbKey);
        return;
      }
      case 'fdb-del': {
        const c = s.namespaces.get(op.ns)!;
        c.fdb = c.fdb.filter((f) => !(f.dev === op.dev && f.mac === op.mac && (op.dst === undefined || f.dst === op.dst)));
        return;
      }
      case 'neigh-replace': {
        const c = nsOf(op.ns);
        linkOf(c, op.dev);
        const same = entriesByKey(c.neigh, neighKey).get(neighKey(op)) ?? [];
        if (same.length > 0) c.neigh = c.neigh.filter((n) => !same.includes(n));
        if (c.links.find((l) => l.name === op.dev)?.kind === 'vxlan')
          pushEntry(c.neigh, { dev: op.dev, ip: op.ip, mac: op.mac, permanent: true }, neighKey);
        return;
      }
      case 'neigh-del': {
        const c = s.namespaces.get(op.ns)!;
        c.neigh = c.neigh.filter((n) => !(n.dev === op.dev && n.ip === op.ip));
        return;
      }
      case 'sysctl': {
        nsOf(op.ns);
        if (!/^[a-z0-9_.\-/]+$/i.test(op.key)) fail(`sysctl: cannot stat /proc/sys/${op.key}: No such file or directory`);
        const m = s.sysctl.get(op.ns) ?? new Map<string, string>();
        m.set(op.key, op.value);
        s.sysctl.set(op.ns, m);
        return;
      }
      case 'nft-table':
        nsOf(op.ns);
        if (op.script.trim() === '') s.nft.delete(op.ns);
        else s.nft.set(op.ns, parseNftTableText(op.script));
        return;
      case 'nft-elements': {
        // One transaction: nothing changes unless every element applies, as with nft -f.
        nsOf(op.ns);
        const table = s.nft.get(op.ns) ?? fail('Error: No such file or directory; did you mean table \u2018vxnet\u2019 in family inet?');
        const els = new Map(table.elements.map((e) => [elementId(e), e]));
        for (const e of [...op.del, ...op.add])
          if (!table.maps.includes(e.map)) fail(`Error: Could not process rule: No such file or directory (map ${e.map})`);
        for (const e of op.del)
          if (!els.delete(elementId(e))) fail(`Error: Could not process rule: No such file or directory (element ${e.key})`);
        for (const e of op.add) {
          const have = els.get(elementId(e));
          if (have && have.value !== e.value) fail(`Error: Could not process rule: File exists (element ${e.key})`);
          els.set(elementId(e), e);
        }
        table.elements = [...els.values()];
        return;
      }
    }
  }
}

function cloneTable(t: NftTable): NftTable {
  return { ...t, maps: [...t.maps], elements: t.elements.map((e) => ({ ...e })) };
}

/** The live state mutate() hands out: namespaces (HOST_NS included), nft tables, sysctls. */
export type FakeState = Pick<FakeSpace, 'namespaces' | 'nft' | 'sysctl'>;

// FDB and neighbour entries by (dev, MAC) and (dev, address): an overlay
// namespace holds one per remote endpoint (thousands), and a scan per applied
// entry made predicting a large plan quadratic. An index belongs to one array:
// code that replaces the array (filter) gets a fresh index on next use; a push
// through pushEntry keeps it current.
const fdbKey = (e: { dev: string; mac: string }) => `${e.dev} ${e.mac}`;
const neighKey = (e: { dev: string; ip: string }) => `${e.dev} ${e.ip}`;
const indexes = new WeakMap<readonly object[], Map<string, object[]>>();

function entriesByKey<E extends object>(list: readonly E[], key: (e: E) => string): Map<string, E[]> {
  let m = indexes.get(list) as Map<string, E[]> | undefined;
  if (!m) {
    m = new Map();
    for (const e of list) index(m, e, key);
    indexes.set(list, m as Map<string, object[]>);
  }
  return m;
}

function pushEntry<E extends object>(list: E[], e: E, key: (e: E) => string): void {
  list.push(e);
  const m = indexes.get(list) as Map<string, E[]> | undefined;
  if (m) index(m, e, key);
}

function index<E>(m: Map<string, E[]>, e: E, key: (e: E) => string): void {
  const k = key(e);
  const at = m.get(k);
  if (at) at.push(e);
  else m.set(k, [e]);
}
