// Which gateway addresses the host's resolver listens on, kept equal to the
// desired state: one (UDP + TCP) per user-defined network with a built local
// workload, on the network's gateway address, in the namespace that holds
// that address: the agent's own for -d bridge networks (their bridge lives
// there), the overlay network's namespace for overlays (its br0 holds the
// gateway on every host, so even an --internal overlay reaches it on-link and
// nothing else). Sockets come from the kernel layer; a failed open is retried
// with back-off. Level-triggered like everything else in the agent.
// One more on the gateway bridge's own address (host namespace) while a built
// workload here has a gateway path: where Docker's embedded DNS forwards the
// names its daemon does not know (daemon.json "dns"), from the container's
// namespace through gw0 (or from a -d bridge network through the host).
// Must never keep listening for a network that has no local workload.
import { backoffMs, REPAIR_BACKOFF } from '../../../lib/backoff.js';
import { errorMessage } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/log.js';
import { subnetOf } from '../../../lib/ipv4.js';
import { Driver, type Workload } from '../../../proto/index.js';
import type { Kernel } from '../../kernel/kernel.js';
import type { GatewayBridgeSettings } from '../../model/desired.js';
import { HOST_NS } from '../../model/kernel-objects.js';
import { namespaceOf, networkNs } from '../../model/naming.js';
import { openGatewayPath } from '../../modes/gateway.js';
import { GATEWAY_PATH, hasEmbeddedDns, isUserDefined, networkKey } from './names.js';
import type { Resolver } from './resolver.js';

const DNS_PORT = 53;

interface Wanted {
  network: string;
  ns: string;
  address: string;
  subnet: string;
  foreign: boolean;
}

export class DnsListeners {
  private readonly opening = new Set<string>();
  /** Networks whose last open failed: not waited for, retried later. */
  private readonly failed = new Map<string, number>();
  private wanted = new Map<string, Wanted>();
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Called when a network starts being served (workloads waiting on it may start). */
  onChange: () => void = () => {};

  constructor(
    private readonly kernel: Kernel,
    private readonly resolver: Resolver,
    private readonly prefix: string,
    private readonly log: Logger,
    private readonly port = DNS_PORT,
    private readonly gatewayBridge?: GatewayBridgeSettings,
  ) {}

  /** Brings the listeners in line with the built workloads. */
  sync(workloads: Iterable<Workload>, built: ReadonlySet<string>): void {
    const wanted = new Map<string, Wanted>();
    const gw = this.gatewayBridge;
    for (const w of workloads) {
      if (!hasEmbeddedDns(w) || !built.has(namespaceOf(w, this.prefix))) continue;
      if (gw && openGatewayPath(w)) {
        const address = gw.bip.split('/')[0]!;
        wanted.set(GATEWAY_PATH, { network: GATEWAY_PATH, ns: HOST_NS, address, subnet: subnetOf(gw.bip), foreign: false });
      }
      for (const a of w.attachments ?? []) {
        if (!isUserDefined(a) || !a.gateway || !a.subnet) continue;
        const overlay = a.driver === Driver.OVERLAY;
        wanted.set(networkKey(a), {
          network: networkKey(a),
          ns: overlay ? networkNs(this.prefix, a.network!) : HOST_NS,
          address: a.gateway,
          subnet: a.subnet,
          foreign: overlay,
        });
      }
    }
    this.wanted = wanted;
    for (const n of this.resolver.networks()) {
      const w = wanted.get(n);
      const l = this.resolver.serving(n)!;
      if (!w || w.address !== l.address) this.resolver.drop(n);
    }
    for (const n of this.failed.keys()) if (!wanted.has(n)) this.failed.delete(n);
    for (const w of wanted.values()) if (!this.resolver.serving(w.network) && !this.failed.has(w.network)) void this.open(w);
  }

  /** True once the network is served, or its last open failed (a failing resolver must not hold workloads back). */
  settled(network: string): boolean {
    return !!this.resolver.serving(network) || this.failed.has(network);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async open(w: Wanted): Promise<void> {
    if (this.opening.has(w.network) || !this.kernel.openDnsSockets || this.stopped) return;
    this.opening.add(w.network);
    try {
      const sockets = await this.kernel.openDnsSockets(w.ns, w.address, this.port);
      const still = this.wanted.get(w.network);
      if (this.stopped || !still || still.address !== w.address) {
        sockets.udp.close();
        sockets.tcp.close();
        return;
      }
      this.failed.delete(w.network);
      this.resolver.listen({ network: w.network, address: w.address, subnet: w.subnet, foreign: w.foreign, sockets });
      // Closed under us (the kernel closes sockets before deleting their namespace): open again if still wanted.
      sockets.udp.once('close', () => {
        if (this.resolver.serving(w.network)?.sockets !== sockets) return;
        this.resolver.drop(w.network);
        this.later(200);
      });
      this.log.debug({ network: w.network, ns: w.ns, address: w.address }, 'resolver listening');
    } catch (err) {
      const n = (this.failed.get(w.network) ?? 0) + 1;
      this.failed.set(w.network, n);
      this.log.warn({ network: w.network, ns: w.ns, address: w.address, err: errorMessage(err) }, 'resolver cannot listen on the gateway');
      this.later(backoffMs(n, REPAIR_BACKOFF));
    } finally {
      this.opening.delete(w.network);
      this.onChange();
    }
  }

  private later(ms: number): void {
    if (this.retry || this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      for (const w of this.wanted.values()) if (!this.resolver.serving(w.network)) void this.open(w);
    }, ms);
    this.retry.unref();
  }
}
