// Endpoints in namespaces that a local container runtime made (the Docker
// plugin and the CNI plugin, both front-ends inside or beside the agent),
// asked for by that host's agent on vxnet.host.<h>.attach / .detach.
// Owns: the checks that keep the per-host security model (the host comes
// from the subject, never from the request; a host releases only attached
// endpoints of its own) and the translation into `run` / `rm`.
// Must never: allocate anything itself (run.ts does, with its undo stack),
// or let the admin API create attached endpoints (run refuses the fields).
import { InvalidArgument, PermissionDenied } from '../lib/errors.js';
import { checkIfName, printable } from '../lib/names.js';
import { EndpointKind, type RunRequest, type Workload } from '../proto/index.js';
import type { Ctx } from './context.js';
import { run } from './run.js';
import { readWorkload, remove } from './workloads.js';

const NETNS_PATH = /^\/[A-Za-z0-9_.:/-]{1,255}$/;
const CONTAINER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

export async function attachEndpoint(ctx: Ctx, host: string, req: RunRequest): Promise<Workload> {
  const kind = req.kind ?? EndpointKind.KIND_WORKLOAD;
  if (kind !== EndpointKind.KIND_DOCKER && kind !== EndpointKind.KIND_CNI) {
    throw new InvalidArgument('an attach request needs kind docker or cni');
  }
  if (req.host && req.host !== host) {
    throw new PermissionDenied(`host ${host} may attach endpoints only on itself, not on ${printable(req.host)}`);
  }
  const netnsPath = req.netnsPath ?? '';
  if (!NETNS_PATH.test(netnsPath) || netnsPath.split('/').includes('..')) {
    throw new InvalidArgument(`invalid netns path "${printable(netnsPath)}": give an absolute path such as /run/netns/NAME`);
  }
  const containerId = req.containerId ?? '';
  if (!CONTAINER_ID.test(containerId)) {
    throw new InvalidArgument(`invalid container id "${printable(containerId)}": use 1-128 characters [A-Za-z0-9_.:-]`);
  }
  const ifname = checkIfName(req.ifname || 'eth0');
  const mac = (req.mac ?? '').toLowerCase();
  if (mac && (!MAC.test(mac) || (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1)) {
    throw new InvalidArgument(`invalid MAC "${printable(mac)}": give a unicast address such as 02:42:0a:00:00:05`);
  }
  if ((req.networks ?? []).length !== 1 || !req.networks![0]) {
    throw new InvalidArgument('an attached endpoint is on exactly one vxnet network: give one');
  }
  const mtu = req.mtu ?? 0;
  if (mtu !== 0 && (mtu < 576 || mtu > 65535)) throw new InvalidArgument(`MTU ${mtu} is out of range: give 576-65535`);
  if ((req.command ?? []).length > 0) throw new InvalidArgument('an attached endpoint runs no command: its runtime runs the container');
  const plain: RunRequest = { ...req, host, kind: 0, containerId: '', netnsPath: '', ifname: '', mac: '', mtu: 0 };
  return run(ctx, plain, { kind, containerId, netnsPath, ifname, mac, mtu });
}

/** Releases attached endpoints of `host`; names already gone count as released. */
export async function detachEndpoints(ctx: Ctx, host: string, names: readonly string[]): Promise<{ removed: string[]; error?: Error }> {
  if (names.length === 0) throw new InvalidArgument('give at least one endpoint name');
  const mine: string[] = [];
  const removed: string[] = [];
  for (const n of names) {
    const found = await readWorkload(ctx, n);
    if (!found) {
      removed.push(n);
      continue;
    }
    const w = found.workload;
    if (w.host !== host) throw new PermissionDenied(`endpoint ${n} is on host ${w.host}: host ${host} may release only its own`);
    if (!w.netnsPath) throw new PermissionDenied(`workload ${n} is not an attached container endpoint: remove it with \`vxnet rm\``);
    mine.push(n);
  }
  if (mine.length === 0) return { removed };
  const r = await remove(ctx, mine, true);
  return { removed: [...removed, ...r.removed], ...(r.error ? { error: r.error } : {}) };
}
