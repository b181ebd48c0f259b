// `vxnet host ls`: the agents the controller knows, from their heartbeats.
import { Api, codecs, type HostView } from '../../proto/index.js';
import { withClient } from '../client.js';
import { toPlain, ago } from '../format.js';
import { FILTER_OPTION, FORMAT_OPTION, QUIET_OPTION, renderListing, type Listing } from '../listing.js';
import type { Command } from '../command.js';

function workloadsCell(h: HostView): string {
  return h.status ? String(h.status.workloads?.length ?? 0) : '-';
}

/** Has the agent's last reconcile pass found nothing left to do? */
function convergedCell(h: HostView): string {
  return h.status ? (h.status.converged ? 'yes' : 'no') : '-';
}

const hostListing = (now: number): Listing<HostView> => ({
  headers: ['NAME', 'ADDRESS', 'STATE', 'CONVERGED', 'LAST SEEN', 'WORKLOADS'],
  cells: (h) => [
    h.host?.name ?? '',
    h.host?.underlayIp ?? '',
    h.state || 'unknown',
    convergedCell(h),
    ago(h.host?.lastSeenMs, now),
    workloadsCell(h),
  ],
  row: (h) => ({
    Name: h.host?.name ?? '',
    Address: h.host?.underlayIp ?? '',
    State: h.state || 'unknown',
    Converged: convergedCell(h),
    LastSeen: ago(h.host?.lastSeenMs, now),
    Workloads: workloadsCell(h),
  }),
  plain: (h) => toPlain('HostView', h),
  name: (h) => h.host?.name ?? '',
  filters: {
    name: (h, v) => (h.host?.name ?? '').includes(v),
    state: (h, v) => (h.state || 'unknown') === v,
    status: (h, v) => (h.state || 'unknown') === v,
  },
});

const ls: Command = {
  spec: {
    name: 'host ls',
    args: '',
    summary:
      'List hosts (agents): underlay address, state (ready, degraded = its last reconcile failed, down), converged, last heartbeat, workloads; --format json has the last error.',
    maxArgs: 0,
    options: { format: FORMAT_OPTION, quiet: QUIET_OPTION, filter: FILTER_OPTION },
    examples: ['vxnet host ls -f state=down', "vxnet host ls --format '{{.Name}} {{.State}}'"],
  },
  async run(ctx, p) {
    const reply = await withClient(ctx.globals, (c) => c.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply));
    const hosts = [...(reply.hosts ?? [])].sort((a, b) =>
      (a.host?.name ?? '').localeCompare(b.host?.name ?? '', undefined, { numeric: true }),
    );
    ctx.io.out(renderListing(hostListing(Date.now()), hosts, p));
    return 0;
  },
};

export const hostCommands: Record<string, Command> = { ls };
