// `network ls`: the columns, template fields and filters of a network listing
// (both address families in SUBNET). Pure: rendering is cli/listing.ts's job.
import { Driver, type NetworkView } from '../../proto/index.js';
import { toPlain } from '../format.js';
import { labelField, labelMatches, type Listing } from '../listing.js';

function driverName(d: Driver | null | undefined): string {
  return d === Driver.BRIDGE ? 'bridge' : d === Driver.OVERLAY ? 'overlay' : 'unknown';
}

/** Both families' subnets, IPv4 first ("10.1.0.0/24,fd00:1::/64"). */
function subnets(v: NetworkView): string {
  return [v.network?.subnet, v.network?.subnet6].filter(Boolean).join(',');
}

function scope(v: NetworkView): string {
  const n = v.network;
  return n?.driver === Driver.BRIDGE ? `local (${n.host || '?'})` : 'global';
}

export const networkListing: Listing<NetworkView> = {
  headers: ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE', 'SUBNET', 'VNI', 'ENDPOINTS'],
  cells: (v) => [
    v.network?.id ?? '',
    v.network?.name ?? '',
    driverName(v.network?.driver),
    scope(v),
    subnets(v),
    v.network?.vni ? String(v.network.vni) : '-',
    String(v.endpoints?.length ?? 0),
  ],
  row: (v) => ({
    ID: v.network?.id ?? '',
    Name: v.network?.name ?? '',
    Driver: driverName(v.network?.driver),
    Scope: scope(v),
    Subnet: v.network?.subnet ?? '',
    Gateway: v.network?.gateway ?? '',
    IPv6: v.network?.ipv6 ?? false,
    Subnet6: v.network?.subnet6 ?? '',
    Gateway6: v.network?.gateway6 ?? '',
    Subnets: subnets(v),
    VNI: v.network?.vni ?? 0,
    Internal: v.network?.internal ?? false,
    Host: v.network?.host ?? '',
    Endpoints: v.endpoints?.length ?? 0,
    Labels: labelField(v.network?.labels),
    Label: (k?: string) => v.network?.labels?.[k ?? ''] ?? '',
  }),
  plain: (v) => toPlain('NetworkView', v),
  name: (v) => v.network?.name ?? '',
  filters: {
    name: (v, x) => (v.network?.name ?? '').includes(x),
    id: (v, x) => (v.network?.id ?? '').startsWith(x),
    driver: (v, x) => driverName(v.network?.driver) === x,
    label: (v, x) => labelMatches(v.network?.labels, x),
    host: (v, x) => (v.network?.host ?? '') === x,
    scope: (v, x) => (v.network?.driver === Driver.BRIDGE ? 'local' : 'global') === x,
  },
};
