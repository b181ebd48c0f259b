// `vxnet host ls`: the agents the controller knows, from their heartbeats.
import { Api, codecs } from '../../proto/index.js';
import { checkFormat } from '../args.js';
import { withClient } from '../client.js';
import { table, json, toPlain, ago } from '../format.js';
import { FORMAT_OPTION, type Command } from '../command.js';

const ls: Command = {
  spec: {
    name: 'host ls',
    args: '',
    summary:
      'List hosts (agents): underlay address, state (ready, degraded = its last reconcile failed, down), converged, last heartbeat, workloads; --format json has the last error.',
    maxArgs: 0,
    options: { format: FORMAT_OPTION },
  },
  async run(ctx, p) {
    const format = checkFormat(p);
    const reply = await withClient(ctx.globals, (c) => c.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply));
    const hosts = [...(reply.hosts ?? [])].sort((a, b) =>
      (a.host?.name ?? '').localeCompare(b.host?.name ?? '', undefined, { numeric: true }),
    );
    if (format === 'json') {
      ctx.io.out(json(hosts.map((h) => toPlain('HostView', h))));
      return 0;
    }
    const now = Date.now();
    ctx.io.out(
      table(
        ['NAME', 'ADDRESS', 'STATE', 'CONVERGED', 'LAST SEEN', 'WORKLOADS'],
        hosts.map((h) => [
          h.host?.name ?? '',
          h.host?.underlayIp ?? '',
          h.state || 'unknown',
          h.status ? (h.status.converged ? 'yes' : 'no') : '-',
          ago(h.host?.lastSeenMs, now),
          h.status ? String(h.status.workloads?.length ?? 0) : '-',
        ]),
      ),
    );
    return 0;
  },
};

export const hostCommands: Record<string, Command> = { ls };
