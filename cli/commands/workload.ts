// `vxnet ps | inspect | rm | port`: workloads (a namespace with its
// interfaces and a command) on one host, listed, shown and removed (`run` is
// commands/run.ts: its flag checks load modules these verbs never need).
import { TOP_SUMMARY } from '../catalog.js';
import { Api, codecs, EndpointKind, Mode, type WorkloadView } from '../../proto/index.js';
import { checkName } from '../../lib/names.js';
import { bool, intInRange, list, str } from '../args.js';
import { withClient, removeNamed, type Client } from '../client.js';
import { toPlain, ago, commandCell, portLine, portsCell, protoName } from '../format.js';
import { RemoteError, UsageError } from '../errors.js';
import { jsonInspect } from './inspect.js';
import type { Command } from '../command.js';
import {
  FILTER_OPTION,
  FORMAT_OPTION,
  labelField,
  labelMatches,
  NO_TRUNC_OPTION,
  QUIET_OPTION,
  renderListing,
  type Listing,
} from '../listing.js';

function modeCell(v: WorkloadView): string {
  const w = v.workload;
  switch (w?.mode) {
    case Mode.HOST:
      return 'host';
    case Mode.NONE:
      return 'none';
    case Mode.CONTAINER:
      return `container:${w.container ?? ''}`;
    case Mode.DEFAULT_BRIDGE:
      return 'bridge';
    default:
      return (w?.attachments ?? []).map((a) => a.network ?? '').join(',');
  }
}

function ipsCell(v: WorkloadView): string {
  return (v.workload?.attachments ?? [])
    .flatMap((a) => [a.ip ?? '', a.ip6 ?? ''])
    .filter(Boolean)
    .join(',');
}

function labelsOf(v: WorkloadView): Record<string, string> {
  return (v.workload?.labels ?? {}) as Record<string, string>;
}

const workloadListing = (now: number): Listing<WorkloadView> => ({
  headers: ['NAME', 'HOST', 'STATE', 'NETWORKS', 'IP', 'PORTS', 'COMMAND', 'CREATED'],
  cells: (v, noTrunc) => [
    v.workload?.name ?? '',
    v.workload?.host ?? '',
    stateCell(v),
    modeCell(v),
    ipsCell(v),
    portsCell(v.workload?.ports, v.workload?.expose),
    v.workload?.netnsPath ? containerCell(v) : commandCell(v.workload?.command, noTrunc ? Number.POSITIVE_INFINITY : 30),
    ago(v.workload?.createdMs, now),
  ],
  row: (v) => ({
    ID: v.workload?.id ?? '',
    Name: v.workload?.name ?? '',
    Names: v.workload?.name ?? '',
    Host: v.workload?.host ?? '',
    State: v.status?.state || 'pending',
    Status: stateCell(v),
    Networks: modeCell(v),
    IPs: ipsCell(v),
    Ports: portsCell(v.workload?.ports, v.workload?.expose),
    Command: v.workload?.netnsPath ? containerCell(v) : (v.workload?.command ?? []).join(' '),
    Kind: kindOf(v),
    ContainerID: v.workload?.containerId ?? '',
    CreatedAt: v.workload?.createdMs ? new Date(v.workload.createdMs).toISOString() : '',
    RunningFor: ago(v.workload?.createdMs, now),
    Restarts: v.status?.restarts ?? 0,
    Labels: labelField(labelsOf(v)),
    Label: (k?: string) => labelsOf(v)[k ?? ''] ?? '',
  }),
  plain: (v) => toPlain('WorkloadView', v),
  name: (v) => v.workload?.name ?? '',
  filters: {
    name: (v, x) => (v.workload?.name ?? '').includes(x),
    id: (v, x) => (v.workload?.id ?? '').startsWith(x),
    label: (v, x) => labelMatches(labelsOf(v), x),
    network: (v, x) => (v.workload?.attachments ?? []).some((a) => a.network === x || a.networkId === x) || modeCell(v) === x,
    host: (v, x) => (v.workload?.host ?? '') === x,
    status: (v, x) => (v.status?.state || 'pending') === x,
  },
});

const ps: Command = {
  spec: {
    name: 'ps',
    args: '',
    summary: TOP_SUMMARY.ps,
    maxArgs: 0,
    options: {
      all: { type: 'boolean', short: 'a', desc: 'show all workloads, also exited ones' },
      filter: FILTER_OPTION,
      format: FORMAT_OPTION,
      last: { type: 'string', short: 'n', arg: 'N', desc: 'show the N most recently created workloads (all states)' },
      latest: { type: 'boolean', short: 'l', desc: 'show the most recently created workload (all states)' },
      'no-trunc': NO_TRUNC_OPTION,
      quiet: QUIET_OPTION,
    },
    examples: ['vxnet ps -a -f host=h1 -f status=exited', 'vxnet ps --format \'table {{.Name}}\\t{{.Host}}\\t{{.Label "team"}}\''],
  },
  async run(ctx, p) {
    const last = bool(p, 'latest') ? 1 : intInRange(str(p, 'last'), 'last', 1, 1_000_000, 0);
    // Like Docker: -n/-l and status filters look at every workload, not only running ones.
    const all = bool(p, 'all') || last > 0 || list(p, 'filter').some((f) => f.startsWith('status='));
    const reply = await withClient(ctx.globals, (c) => c.call(Api.ps, codecs.nameRequest, { names: [], force: all }, codecs.workloadReply));
    let views = (reply.workloads ?? []).filter((v) => all || v.status?.state !== 'exited');
    if (last > 0) views = [...views].sort((a, b) => (b.workload?.createdMs ?? 0) - (a.workload?.createdMs ?? 0)).slice(0, last);
    views.sort((a, b) => (a.workload?.name ?? '').localeCompare(b.workload?.name ?? ''));
    ctx.io.out(renderListing(workloadListing(Date.now()), views, p));
    return 0;
  },
};

/** workload, docker or cni: who made the namespace. */
function kindOf(v: WorkloadView): string {
  return v.workload?.kind === EndpointKind.KIND_DOCKER ? 'docker' : v.workload?.kind === EndpointKind.KIND_CNI ? 'cni' : 'workload';
}

/** An endpoint of another runtime's container: its kind and (short) container id instead of a command. */
function containerCell(v: WorkloadView): string {
  return `[${kindOf(v)} ${(v.workload?.containerId ?? '').slice(0, 12)}]`;
}

function stateCell(v: WorkloadView): string {
  const s = v.status;
  if (!s?.state) return 'pending';
  const restarts = s.restarts ? `, ${s.restarts} restart${s.restarts === 1 ? '' : 's'}` : '';
  if (s.state === 'exited') return `exited (${s.exitCode ?? 0}${restarts})`;
  return restarts ? `${s.state} (${restarts.slice(2)})` : s.state;
}

async function inspectOne(c: Client, name: string): Promise<WorkloadView> {
  const reply = await c.call(Api.inspect, codecs.nameRequest, { names: [name] }, codecs.workloadReply);
  const v = reply.workloads?.find((x) => x.workload?.name === name) ?? reply.workloads?.[0];
  if (!v?.workload) throw new RemoteError(`no such workload: ${name}`);
  return v;
}
export { inspectOne };

const inspect = jsonInspect({
  name: 'inspect',
  args: 'WORKLOAD [WORKLOAD...]',
  summary: TOP_SUMMARY.inspect,
  kind: 'workload',
  subject: Api.inspect,
  reply: codecs.workloadReply,
  views: (r) => r.workloads ?? [],
  viewType: 'WorkloadView',
});

const rm: Command = {
  spec: {
    name: 'rm',
    args: 'WORKLOAD [WORKLOAD...]',
    summary: TOP_SUMMARY.rm,
    minArgs: 1,
    options: { force: { type: 'boolean', short: 'f', desc: 'also remove running workloads' } },
  },
  async run(ctx, p) {
    const names = p.positionals.map((n) => checkName('workload', n));
    return removeNamed(ctx, Api.rm, { names, force: bool(p, 'force') }, { nameRequest: codecs.nameRequest, reply: codecs.workloadReply });
  },
};

const port: Command = {
  spec: {
    name: 'port',
    args: 'WORKLOAD [PORT[/PROTO]]',
    summary: TOP_SUMMARY.port,
    minArgs: 1,
    maxArgs: 2,
    options: {},
    examples: ['vxnet port web', 'vxnet port web 80/tcp'],
  },
  async run(ctx, p) {
    const name = checkName('workload', p.positionals[0]!);
    const filter = p.positionals[1];
    let want: { port: number; proto: string } | undefined;
    if (filter !== undefined) {
      const m = /^(\d{1,5})(?:\/(tcp|udp))?$/.exec(filter);
      if (!m) throw new UsageError(`invalid port "${filter}": expected PORT or PORT/tcp|udp`);
      want = { port: Number(m[1]), proto: m[2] ?? 'tcp' };
    }
    const v = await withClient(ctx.globals, (c) => inspectOne(c, name));
    const ports = (v.workload?.ports ?? []).filter((m) => !want || (m.containerPort === want.port && protoName(m.protocol) === want.proto));
    if (want && ports.length === 0) throw new RemoteError(`no public port '${want.port}/${want.proto}' published for ${name}`);
    // Like docker: the full mapping lines, or only the host side when one port was asked for.
    ctx.io.out(ports.map((m) => `${want ? portLine(m).split(' -> ')[1] : portLine(m)}\n`).join(''));
    return 0;
  },
};

export const workloadCommands: Record<string, Command> = { ps, inspect, rm, port };
