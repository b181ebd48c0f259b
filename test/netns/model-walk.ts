// The random walk of the differential test (model-diff.test.ts): a seeded
// generator of changes to one host's desired state (workloads added, removed,
// re-addressed, renamed into a freed name; networks connected and
// disconnected; ports published and unpublished; remote endpoints joining and
// leaving; bridge settings and a bridge network's MTU changed; ov1 is dual
// stack, and so is the bridge network ub1, so IPv6 addresses, routes and NDP
// entries walk too) and of drift
// made behind the agent's back (returned as commands for the test to run).
// Pure: keeps its own bookkeeping, never touches the kernel itself.
import { Driver, Mode, Protocol, type Attachment, type Endpoint, type Workload } from '../../proto/index.js';
import { emptyDesired, type BridgeSettings, type DesiredState } from '../../agent/model/desired.js';
import { networkNs, vethName, workloadNs } from '../../agent/model/naming.js';
import { macOf } from '../../lib/ipv4.js';

/** mulberry32: small, fast, good enough to replay a walk from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Net {
  network: string;
  driver: Driver;
  subnet: string;
  gateway: string;
  /** Dual stack: the IPv6 subnet ("fd00:61::/64") and gateway. */
  subnet6?: string;
  gateway6?: string;
  vni?: number;
  internal?: boolean;
  mtu?: number;
}

const BIP = ['172.30.0.1/16', '172.31.0.1/16'];
const NAMES = ['w0', 'w1', 'w2', 'w3', 'w4'];
const MAX_LIVE = 4;

/** A change: what it did (for the failure message) and, for drift, the commands to run as [namespace, argv]. */
export interface Step {
  what: string;
  drift?: [string, string[]][];
}

export class Walk {
  readonly desired: DesiredState = emptyDesired();
  bridge: BridgeSettings = { bip: BIP[0]! };
  private readonly nets: Net[];
  private readonly freed = new Set<string>();
  private port = 20000;

  constructor(
    private readonly rand: () => number,
    private readonly prefix: string,
    private readonly host: string,
    /** Remote VTEPs of the overlay networks' other endpoints. */
    private readonly vteps: string[],
  ) {
    this.nets = [
      {
        network: 'ov1',
        driver: Driver.OVERLAY,
        subnet: '10.61.0.0/24',
        gateway: '10.61.0.1',
        subnet6: 'fd00:61::/64',
        gateway6: 'fd00:61::1',
        vni: 300,
      },
      { network: 'ov2', driver: Driver.OVERLAY, subnet: '10.62.0.0/24', gateway: '10.62.0.1', vni: 301 },
      {
        network: 'ub1',
        driver: Driver.BRIDGE,
        subnet: '10.71.0.0/24',
        gateway: '10.71.0.1',
        subnet6: 'fd00:71::/64',
        gateway6: 'fd00:71::1',
      },
      { network: 'ub2', driver: Driver.BRIDGE, subnet: '10.72.0.0/24', gateway: '10.72.0.1', internal: true },
    ];
  }

  private pick<T>(xs: readonly T[]): T | undefined {
    return xs.length === 0 ? undefined : xs[Math.floor(this.rand() * xs.length)];
  }

  private get live(): Workload[] {
    return [...this.desired.workloads.values()];
  }

  /** A free address of a subnet ".2"–".60" (".100"+ are remote endpoints). */
  private freeIp(subnet: string): string {
    const base = subnet.split('/')[0]!.split('.').slice(0, 3).join('.');
    const used = new Set(this.live.flatMap((w) => (w.attachments ?? []).map((a) => a.ip)));
    for (;;) {
      const ip = `${base}.${2 + Math.floor(this.rand() * 59)}`;
      if (!used.has(ip)) return ip;
    }
  }

  private attach(net: Net, ifname: string): Attachment {
    const ip = this.freeIp(net.subnet);
    return {
      ...(net.subnet6 ? { subnet6: net.subnet6, gateway6: net.gateway6!, ip6: ip6Of(net.subnet6, ip) } : {}),
      network: net.network,
      networkId: `id-${net.network}`,
      driver: net.driver,
      subnet: net.subnet,
      gateway: net.gateway,
      ip,
      mac: macOf(ip),
      ifname,
      ...(net.vni ? { vni: net.vni } : {}),
      ...(net.internal ? { internal: true } : {}),
      ...(net.mtu ? { mtu: net.mtu } : {}),
    };
  }

  private put(w: Workload): void {
    this.desired.workloads.set(w.name!, w);
    this.freed.delete(w.name!);
  }

  private remove(name: string): void {
    this.desired.workloads.delete(name);
    this.freed.add(name);
  }

  private newWorkload(name: string): Workload {
    const r = this.rand();
    if (r < 0.1) return { name, host: this.host, mode: Mode.NONE, attachments: [] };
    if (r < 0.3) {
      const sub = this.bridge.bip.replace(/\.1\/16$/, '.0/16');
      const ip = this.freeIp(sub);
      const gateway = this.bridge.bip.split('/')[0]!;
      const att: Attachment = { network: 'bridge', driver: Driver.BRIDGE, subnet: sub, gateway, ip, mac: macOf(ip), ifname: 'eth0' };
      return { name, host: this.host, mode: Mode.DEFAULT_BRIDGE, attachments: [att] };
    }
    return { name, host: this.host, mode: Mode.NETWORKS, attachments: [this.attach(this.pick(this.nets)!, 'eth0')] };
  }

  /** One random change of desired state or of the kernel behind the agent's back. */
  next(): Step {
    for (;;) {
      const s = this.tryNext();
      if (s) return s;
    }
  }

  private tryNext(): Step | undefined {
    const r = this.rand();
    const live = this.live;
    const free = NAMES.filter((n) => !this.desired.workloads.has(n));
    const w = this.pick(live);
    if (r < 0.2) {
      const name = this.pick(free);
      if (!name || live.length >= MAX_LIVE) return undefined;
      const nw = this.newWorkload(name);
      this.put(nw);
      return { what: `add ${name} (${Mode[nw.mode!]} ${(nw.attachments ?? []).map((a) => `${a.network}:${a.ip}`).join(' ')})` };
    }
    if (r < 0.3) {
      if (!w) return undefined;
      this.remove(w.name!);
      return { what: `remove ${w.name}` };
    }
    if (r < 0.38) {
      const att = w?.attachments?.[Math.floor(this.rand() * (w.attachments?.length ?? 0))];
      if (!w || !att) return undefined;
      const ip = this.freeIp(att.subnet!);
      const old = att.ip;
      const ip6 = att.subnet6 ? { ip6: ip6Of(att.subnet6, ip) } : {};
      this.put({ ...w, attachments: w.attachments!.map((a) => (a === att ? { ...a, ip, mac: macOf(ip), ...ip6 } : a)) });
      return { what: `re-address ${w.name} ${att.network} ${old} -> ${ip}` };
    }
    if (r < 0.44) {
      const name = this.pick([...this.freed].filter((n) => free.includes(n)));
      if (!w || !name) return undefined;
      this.remove(w.name!);
      this.put({ ...w, name });
      return { what: `rename ${w.name} -> ${name} (a freed name)` };
    }
    if (r < 0.52) {
      if (w?.mode !== Mode.NETWORKS) return undefined;
      const have = new Set((w.attachments ?? []).map((a) => a.network));
      const net = this.pick(this.nets.filter((n) => !have.has(n.network)));
      if (!net) return undefined;
      const used = new Set((w.attachments ?? []).map((a) => a.ifname));
      let i = 0;
      while (used.has(`eth${i}`)) i++;
      const att = this.attach(net, `eth${i}`);
      this.put({ ...w, attachments: [...(w.attachments ?? []), att] });
      return { what: `connect ${w.name} ${net.network} ${att.ifname} ${att.ip}` };
    }
    if (r < 0.58) {
      if (w?.mode !== Mode.NETWORKS || (w.attachments?.length ?? 0) < 2) return undefined;
      const att = this.pick(w.attachments!)!;
      this.put({ ...w, attachments: w.attachments!.filter((a) => a !== att) });
      return { what: `disconnect ${w.name} ${att.network}` };
    }
    if (r < 0.66) {
      const first = w?.attachments?.[0];
      if (!w || !first || first.driver !== Driver.BRIDGE || first.internal) return undefined;
      const hostIp = this.rand() < 0.3 ? this.vteps[0]!.replace(/\.\d+$/, '.1') : '';
      const p = { protocol: this.rand() < 0.5 ? Protocol.TCP : Protocol.UDP, hostIp, hostPort: this.port++, containerPort: 80 };
      this.put({ ...w, ports: [...(w.ports ?? []), p] });
      return { what: `publish ${w.name} ${hostIp}:${p.hostPort}` };
    }
    if (r < 0.7) {
      const p = this.pick(w?.ports ?? []);
      if (!w || !p) return undefined;
      this.put({ ...w, ports: w.ports!.filter((x) => x !== p) });
      return { what: `unpublish ${w.name} ${p.hostPort}` };
    }
    if (r < 0.78) return this.remoteEndpoint();
    if (r < 0.82) return this.settings();
    return this.drift();
  }

  /** A remote endpoint joins or leaves an overlay network (FDB and neighbour entries). */
  private remoteEndpoint(): Step {
    const net = this.pick(this.nets.filter((n) => n.vni))!;
    const eps = this.desired.endpoints.get(net.network) ?? new Map<string, Endpoint>();
    this.desired.endpoints.set(net.network, eps);
    const remote = [...eps.values()];
    if (remote.length > 0 && this.rand() < 0.4) {
      const ep = this.pick(remote)!;
      eps.delete(ep.workload!);
      return { what: `remote ${ep.workload} leaves ${net.network}` };
    }
    const n = 100 + Math.floor(this.rand() * 50);
    const ip = `${net.subnet.split('.').slice(0, 3).join('.')}.${n}`;
    const vtep = this.pick(this.vteps)!;
    const ep: Endpoint = { network: net.network, workload: `r${n}`, host: `remote-${vtep}`, ip, mac: macOf(ip), vtep };
    if (net.subnet6) ep.ip6 = ip6Of(net.subnet6, ip);
    eps.set(ep.workload!, ep);
    return { what: `remote r${n} (${ip} at ${vtep}) joins ${net.network}` };
  }

  private settings(): Step {
    if (this.rand() < 0.5) {
      const mtu = this.pick([undefined, 1400, 1450]);
      this.bridge = { ...this.bridge, ...(mtu ? { mtu } : { mtu: undefined }) };
      if (!mtu) delete this.bridge.mtu;
      return { what: `default bridge mtu ${mtu ?? 'default'}` };
    }
    const ub1 = this.nets.find((n) => n.network === 'ub1')!;
    ub1.mtu = this.pick([undefined, 1200, 1300, 1400]); // 1200: below IPv6's minimum (ub1 loses its IPv6)
    for (const w of this.live) {
      if (w.attachments?.some((a) => a.network === 'ub1')) {
        this.put({ ...w, attachments: w.attachments.map((a) => (a.network === 'ub1' ? { ...a, mtu: ub1.mtu ?? 0 } : a)) });
      }
    }
    return { what: `network ub1 mtu ${ub1.mtu ?? 'default'}` };
  }

  /** Something removed behind the agent's back, as commands in the kernel. */
  private drift(): Step | undefined {
    const w = this.pick(this.live.filter((x) => (x.attachments?.length ?? 0) > 0));
    const att = w?.attachments?.[0];
    const wns = w ? workloadNs(this.prefix, w.name!) : '';
    const r = this.rand();
    const overlay = att?.driver === Driver.OVERLAY;
    const peerNs = overlay ? networkNs(this.prefix, att.network!) : '';
    if (r < 0.15 && w && att)
      return { what: `drift: delete ${w.name}'s ${att.ifname}`, drift: [[wns, ['ip', 'link', 'del', att.ifname!]]] };
    if (r < 0.25 && w && att)
      return { what: `drift: delete ${w.name}'s host end`, drift: [[peerNs, ['ip', 'link', 'del', vethName(w.name!, att.network!)]]] };
    if (r < 0.4 && w && att)
      return {
        what: `drift: delete ${w.name}'s address`,
        drift: [[wns, ['ip', 'addr', 'del', `${att.ip}/${att.subnet!.split('/')[1]}`, 'dev', att.ifname!]]],
      };
    if (r < 0.45 && w && att?.ip6)
      return {
        what: `drift: delete ${w.name}'s IPv6 address`,
        drift: [[wns, ['ip', 'addr', 'del', `${att.ip6}/64`, 'dev', att.ifname!]]],
      };
    if (r < 0.5 && w && att?.ip6)
      return { what: `drift: delete ${w.name}'s IPv6 default route`, drift: [[wns, ['ip', '-6', 'route', 'del', 'default']]] };
    if (r < 0.5 && w && att) return { what: `drift: delete ${w.name}'s default route`, drift: [[wns, ['ip', 'route', 'del', 'default']]] };
    if (r < 0.6) return { what: 'drift: ip_forward=0', drift: [['', ['sysctl', '-qw', 'net.ipv4.ip_forward=0']]] };
    if (r < 0.7) return { what: 'drift: nft flush table', drift: [['', ['nft', 'flush', 'table', 'inet', 'vxnet']]] };
    if (r < 0.75) return { what: 'drift: nft delete table', drift: [['', ['nft', 'delete', 'table', 'inet', 'vxnet']]] };
    const ep = this.pick([...(this.desired.endpoints.get('ov1')?.values() ?? []), ...(this.desired.endpoints.get('ov2')?.values() ?? [])]);
    if (r < 0.85 && ep) {
      const ns = networkNs(this.prefix, ep.network!);
      const dev = `vxnet${ep.network === 'ov1' ? 300 : 301}`;
      return this.rand() < 0.5
        ? { what: `drift: delete fdb ${ep.mac}`, drift: [[ns, ['bridge', 'fdb', 'del', ep.mac!, 'dev', dev, 'dst', ep.vtep!, 'self']]] }
        : { what: `drift: delete neigh ${ep.ip6 ?? ep.ip}`, drift: [[ns, ['ip', 'neigh', 'del', ep.ip6 ?? ep.ip!, 'dev', dev]]] };
    }
    if (r < 0.9 && w && overlay) return { what: `drift: delete br0 of ${att.network}`, drift: [[peerNs, ['ip', 'link', 'del', 'br0']]] };
    const port = this.pick(this.live.flatMap((x) => x.ports ?? []));
    if (port) {
      const proto = port.protocol === Protocol.UDP ? 'udp' : 'tcp';
      const args = port.hostIp
        ? ['pub_ip', `{ ${port.hostIp} . ${proto} . ${port.hostPort} }`]
        : ['pub_any', `{ ${proto} . ${port.hostPort} }`];
      return { what: `drift: delete nft element ${port.hostPort}`, drift: [['', ['nft', 'delete', 'element', 'inet', 'vxnet', ...args]]] };
    }
    return undefined;
  }
}

/** The walk's IPv6 address for an IPv4 one: the subnet6's prefix and the last byte ("fd00:61::/64", "10.61.0.23" → "fd00:61::17"). */
function ip6Of(subnet6: string, ip: string): string {
  return `${subnet6.split('::')[0]}::${Number(ip.split('.')[3]).toString(16)}`;
}
