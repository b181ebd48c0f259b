// Tells the controller this host is alive (Heartbeat) and how it is doing
// (AgentStatus), on the host's own subjects. Liveness is judged by the
// controller from the time of the last heartbeat, never by KV TTLs (which
// nats-server 2.9 ignores).
import type { NatsConnection } from '@nats-io/transport-node';
import type { AgentStatus } from '../../proto/index.js';
import { codecs, HostSubjects } from '../../proto/index.js';
import { defaultBridge6, gatewayBridge6, type HostFacts } from '../model/desired.js';
import { subnetOf } from '../../lib/ipv4.js';
import { packageVersion } from '../../lib/version.js';

const AGENT_VERSION = packageVersion();

/**
 * What the controller allocates default-bridge addresses from: the bip's
 * subnet (the workloads' prefix), the bridge's own address (never handed out)
 * and fixed-cidr as the range; with fixed-cidr-v6, its subnet and ::1 for
 * IPv6. default-gateway only changes the workloads' route.
 */
function bridgeAdvert(
  f: HostFacts,
): Partial<Record<'bridgeSubnet' | 'bridgeGateway' | 'bridgeIpRange' | 'bridgeSubnet6' | 'bridgeGateway6', string>> {
  if (!f.bridge) return {};
  const v6 = defaultBridge6(f.bridge);
  return {
    bridgeSubnet: subnetOf(f.bridge.bip),
    bridgeGateway: f.bridge.bip.split('/')[0]!,
    bridgeIpRange: f.bridge.fixedCidr ?? '',
    ...(v6 ? { bridgeSubnet6: v6.subnet6, bridgeGateway6: v6.gateway6 } : {}),
  };
}

/** The gateway bridge, from which the controller allocates overlay workloads' gateway-path addresses (IPv6 too with bip6). */
function gatewayAdvert(
  f: HostFacts,
): Partial<Record<'gwbridgeSubnet' | 'gwbridgeGateway' | 'gwbridgeSubnet6' | 'gwbridgeGateway6', string>> {
  if (!f.gatewayBridge) return {};
  const v6 = gatewayBridge6(f.gatewayBridge);
  return {
    gwbridgeSubnet: subnetOf(f.gatewayBridge.bip),
    gwbridgeGateway: f.gatewayBridge.bip.split('/')[0]!,
    ...(v6 ? { gwbridgeSubnet6: v6.subnet6, gwbridgeGateway6: v6.gateway6 } : {}),
  };
}

export class Heartbeat {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly host: string,
    private readonly everyMs: number,
    private readonly facts: () => HostFacts | undefined,
    private readonly status: () => AgentStatus,
  ) {}

  start(): void {
    this.beat();
    this.timer = setInterval(() => this.beat(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  beat(): void {
    if (this.nc.isClosed()) return;
    const f = this.facts();
    if (f) {
      this.nc.publish(
        HostSubjects.heartbeat(this.host),
        codecs.heartbeat.encode({
          host: this.host,
          underlayIp: f.underlayIp,
          mtu: f.underlayMtu,
          vxlanPort: f.vxlanPort,
          sentMs: Date.now(),
          agentVersion: AGENT_VERSION,
          ...bridgeAdvert(f),
          ...gatewayAdvert(f),
        }),
      );
    }
    this.publishStatus();
  }

  publishStatus(): void {
    if (this.nc.isClosed()) return;
    this.nc.publish(HostSubjects.status(this.host), codecs.agentStatus.encode({ ...this.status(), host: this.host, sentMs: Date.now() }));
  }
}
