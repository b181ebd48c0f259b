// Docker's IpamDriver "vxnet": pools and addresses come from vxnet networks.
// An address Docker asks for is chosen here (a free one, or the one `--ip`
// names) and claimed by the controller when the endpoint is attached (Join):
// the claim is compare-and-set, so two hosts can never both hold it; a host
// that lost the race fails that container's start with vxnet's one line.
// Addresses handed out but not joined yet are remembered for a minute so two
// containers started at once on this host do not get the same one.
// Owns: the IPAM handlers. Must never: write to the controller (pools.ts does).
import { randomInt } from 'node:crypto';
import { Exhausted, InvalidArgument } from '../../../lib/errors.js';
import { contains, formatIp, lastAddress, parseCidr, parseIp } from '../../../lib/ipv4.js';
import { printable } from '../../../lib/names.js';
import type { Json, PluginHandler } from './http.js';
import { parsePoolId, PLUGIN_NAME, poolId, type DockerNetworks } from './pools.js';
import type { VxnetRequests } from './vxnet-requests.js';

const GATEWAY_TYPE = 'com.docker.network.gateway';
const PENDING_MS = 60_000;

export class Ipam {
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly networks: DockerNetworks,
    private readonly vx: VxnetRequests,
  ) {}

  routes(): Record<string, PluginHandler> {
    return {
      'IpamDriver.GetCapabilities': () => ({ RequiresMACAddress: false, RequiresRequestReplay: false }),
      'IpamDriver.GetDefaultAddressSpaces': () => ({ LocalDefaultAddressSpace: PLUGIN_NAME, GlobalDefaultAddressSpace: PLUGIN_NAME }),
      'IpamDriver.RequestPool': (b) => this.requestPool(b),
      'IpamDriver.ReleasePool': () => ({}),
      'IpamDriver.RequestAddress': (b) => this.requestAddress(b),
      'IpamDriver.ReleaseAddress': (b) => {
        this.pending.delete(String(b.Address ?? ''));
        return {};
      },
    };
  }

  private async requestPool(b: Json): Promise<Json> {
    if (b.V6) throw new InvalidArgument('vxnet networks are IPv4 only: leave out --ipv6');
    if (b.SubPool) throw new InvalidArgument('--ip-range is not supported on vxnet Docker networks: leave it out');
    const opts = (b.Options ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(opts)[0];
    if (unknown) throw new InvalidArgument(`unknown --ipam-opt ${printable(unknown)}: vxnet takes none`);
    const { ref, pool } = await this.networks.requestPool(String(b.Pool ?? ''));
    return { PoolID: poolId(ref), Pool: pool, Data: {} };
  }

  private async requestAddress(b: Json): Promise<Json> {
    const ref = parsePoolId(b.PoolID);
    const asked = String(b.Address ?? '');
    const opts = (b.Options ?? {}) as Record<string, unknown>;
    if (opts.RequestAddressType === GATEWAY_TYPE) return { Address: await this.networks.gateway(ref, asked), Data: {} };
    const n = await this.networks.byPool(ref);
    const s = parseCidr(n.subnet!);
    const taken = new Set((await this.vx.networks([n.name!]))[0]?.endpoints?.map((e) => e.ip ?? '') ?? []);
    const now = Date.now();
    for (const [ip, t] of this.pending) if (now - t > PENDING_MS) this.pending.delete(ip);
    let ip: string;
    if (asked) {
      const a = parseIp(asked, 'address');
      if (!contains(s, a) || a === s.base || a === lastAddress(s))
        throw new InvalidArgument(`address ${asked} is not a host address of vxnet network ${n.name} (${n.subnet}): pick one inside it`);
      if (asked === n.gateway) throw new InvalidArgument(`address ${asked} is the gateway of vxnet network ${n.name}: pick another`);
      if (taken.has(asked)) throw new InvalidArgument(`address ${asked} is already in use on vxnet network ${n.name}: pick another`);
      ip = asked;
    } else {
      ip = pickFree(n.subnet!, n.ipRange ?? '', new Set([...taken, ...this.pending.keys(), n.gateway ?? '']), n.name!);
    }
    this.pending.set(ip, now);
    return { Address: `${ip}/${s.prefix}`, Data: {} };
  }

  /** Joined (claimed by the controller) or given up: no longer pending. */
  settled(ip: string): void {
    this.pending.delete(ip);
  }
}

/** A random free host address: two hosts asking at once rarely pick the same one. */
function pickFree(subnet: string, ipRange: string, taken: Set<string>, name: string): string {
  const s = parseCidr(subnet);
  const r = ipRange ? parseCidr(ipRange) : s;
  const first = Math.max(r.base, s.base + 1);
  const last = Math.min(lastAddress(r), lastAddress(s) - 1);
  const count = last - first + 1;
  if (count > 0) {
    const start = randomInt(count);
    for (let i = 0; i < count; i++) {
      const ip = formatIp(first + ((start + i) % count));
      if (!taken.has(ip)) return ip;
    }
  }
  throw new Exhausted(`vxnet network ${name} (${subnet}) has no free address left`);
}
