// Builders of desired state for the agent's unit tests.
import type { Endpoint, Workload } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../../agent/model/desired.js';
import { emptyDesired } from '../../agent/model/desired.js';
import { macOf } from '../../lib/ipv4.js';
import type { ObservedState } from '../../agent/model/kernel-objects.js';
import { HOST_NS } from '../../agent/model/kernel-objects.js';
import { silentLogger } from '../../lib/log.js';

export const PREFIX = 'vxu-';

/** The options every unit test's reconciler on h1 starts from (no coalescing, no periodic resync in a test's time). */
export const RECONCILER_OPTIONS = {
  host: 'h1',
  prefix: PREFIX,
  underlayDev: 'eth0',
  vxlanPort: 4789,
  resyncMs: 60_000,
  debounceMs: 0,
  log: silentLogger,
} as const;

export function facts(host = 'h1', ip = '198.18.0.1'): HostFacts {
  return { host, underlayDev: 'eth0', underlayIp: ip, underlayMtu: 1500, vxlanPort: 4789, prefix: PREFIX };
}

export function overlayWorkload(name: string, host: string, ip: string, network = 'blue', vni = 300): Workload {
  return {
    name,
    host,
    mode: Mode.NETWORKS,
    attachments: [
      {
        network,
        networkId: 'abc',
        driver: Driver.OVERLAY,
        vni,
        subnet: '10.77.0.0/24',
        gateway: '10.77.0.1',
        ip,
        mac: macOf(ip),
        ifname: 'eth0',
      },
    ],
  };
}

export function endpoint(workload: string, host: string, ip: string, vtep: string, network = 'blue'): Endpoint {
  return { network, workload, host, ip, mac: macOf(ip), vtep };
}

export function desired(workloads: Workload[], endpoints: Endpoint[]): DesiredState {
  const d = emptyDesired();
  for (const w of workloads) d.workloads.set(w.name!, w);
  for (const e of endpoints) {
    if (!d.endpoints.has(e.network!)) d.endpoints.set(e.network!, new Map());
    d.endpoints.get(e.network!)!.set(e.workload!, e);
  }
  return d;
}

/** A host namespace with just its underlay device. */
export function bareHost(ip = '198.18.0.1'): ObservedState {
  return {
    namespaces: [],
    contents: new Map([
      [
        HOST_NS,
        {
          links: [
            { name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: true, addresses: ['127.0.0.1/8'] },
            { name: 'eth0', kind: 'veth', mtu: 1500, mac: '02:00:00:00:00:01', up: true, addresses: [`${ip}/24`] },
          ],
          routes: [],
          fdb: [],
          neigh: [],
        },
      ],
    ]),
    nft: new Map(),
  };
}
