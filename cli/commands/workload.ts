// `vxnet run | ps | inspect | rm | port`: workloads (a namespace with its
// interfaces and a command) on one host. Validates flags locally, sends one
// request, prints what docker would print for the same verb.
import { TOP_SUMMARY } from '../catalog.js';
import { Api, codecs, EndpointKind, Mode, type WorkloadView } from '../../proto/index.js';
import { checkName, checkHostName, randomId } from '../../lib/names.js';
import { bool, checkAddHost, checkAddr, checkIp, intInRange, keyValues, list, str, usage } from '../args.js';
import { parseExpose, parsePublish } from '../../lib/ports.js';
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
import { readEnvFile, checkEnv } from './run-options.js';
import { parseRestartPolicy } from '../../lib/restart-policy.js';

const SPECIAL_NETWORKS = new Set(['bridge', 'host', 'none', 'default']);

function checkNetworkArg(n: string): string {
  if (SPECIAL_NETWORKS.has(n)) return n;
  if (n.startsWith('container:')) {
    checkName('workload', n.slice('container:'.length));
    return n;
  }
  return checkName('network', n);
}

const run: Command = {
  spec: {
    name: 'run',
    args: '[-- COMMAND [ARG...]]',
    summary: TOP_SUMMARY.run,
    maxArgs: 0,
    options: {
      host: { type: 'string', arg: 'HOST', desc: 'host to run on (required)' },
      name: { type: 'string', arg: 'NAME', desc: 'workload name (default: generated)' },
      network: {
        type: 'string',
        multiple: true,
        arg: 'NET',
        aliases: ['net'],
        desc: 'network: a vxnet network, bridge (default), host, none or container:NAME',
      },
      ip: { type: 'string', arg: 'IP', desc: 'static IPv4 address on the first network' },
      ip6: { type: 'string', arg: 'IPv6', desc: 'static IPv6 address on the first network (one created with --ipv6)' },
      alias: { type: 'string', multiple: true, arg: 'NAME', aliases: ['network-alias'], desc: 'extra DNS name on the networks' },
      hostname: { type: 'string', short: 'h', arg: 'NAME', desc: 'hostname inside the workload (help is --help)' },
      env: {
        type: 'string',
        short: 'e',
        multiple: true,
        arg: 'KEY[=VALUE]',
        desc: "set an environment variable of the command (KEY alone: this shell's value)",
      },
      'env-file': { type: 'string', multiple: true, arg: 'FILE', desc: 'read KEY=VALUE lines (# comments) into the environment' },
      rm: { type: 'boolean', desc: 'remove the workload when its command exits' },
      restart: {
        type: 'string',
        arg: 'POLICY',
        desc: 'no (default), on-failure[:MAX], always or unless-stopped: restart the command when it exits',
      },
      detach: { type: 'boolean', short: 'd', desc: 'accepted for Docker compatibility: vxnet run always returns at once' },
      interactive: { type: 'boolean', short: 'i', desc: 'refused: a workload command has no terminal; use vxnet exec -i' },
      tty: { type: 'boolean', short: 't', desc: 'refused: a workload command has no terminal; use vxnet exec' },
      dns: { type: 'string', multiple: true, arg: 'IP', desc: 'DNS server' },
      'dns-search': { type: 'string', multiple: true, arg: 'DOMAIN', desc: 'DNS search domain' },
      'dns-option': { type: 'string', multiple: true, arg: 'OPT', desc: 'resolv.conf option' },
      'add-host': { type: 'string', multiple: true, arg: 'NAME:IP', desc: 'extra /etc/hosts line' },
      publish: { type: 'string', short: 'p', multiple: true, arg: 'SPEC', desc: 'publish a port: [ip:][hostPort:]port[/proto]' },
      'publish-all': { type: 'boolean', short: 'P', desc: 'publish every exposed port on a free host port' },
      expose: { type: 'string', multiple: true, arg: 'PORT', desc: 'expose a port or range: 80, 53/udp, 2000-2002' },
      label: { type: 'string', multiple: true, arg: 'KEY=VALUE', desc: 'set a label' },
    },
    examples: ['vxnet run --host h1 --name a --network demo', 'vxnet run --host h2 --name web -p 8080:80 -- python3 -m http.server 80'],
  },
  async run(ctx, p) {
    if (bool(p, 'interactive') || bool(p, 'tty')) {
      throw new UsageError('vxnet run has no terminal (-i/-t): the command runs detached; use vxnet logs -f, or vxnet exec -i for input');
    }
    const host = str(p, 'host');
    if (!host) throw new UsageError("'vxnet run' needs --host HOST; see 'vxnet host ls'");
    const restart = str(p, 'restart') ?? '';
    if (bool(p, 'rm') && parseRestartPolicy(restart).name !== 'no')
      throw new UsageError('--rm and --restart conflict: a removed workload cannot restart');
    const env = [...list(p, 'env-file').flatMap((f) => readEnvFile(f)), ...list(p, 'env').map((e) => checkEnv(e, process.env))];
    checkHostName(host);
    const name = checkName('workload', str(p, 'name') ?? `w-${randomId().slice(0, 8)}`);
    const networks = list(p, 'network').map(checkNetworkArg);
    const ip = str(p, 'ip');
    const ip6 = str(p, 'ip6');
    if (ip) checkAddr(ip, 4, 'ip', 'ip6');
    if (ip6) checkAddr(ip6, 6, 'ip6', 'ip');
    if ((ip || ip6) && networks.length === 0)
      throw new UsageError(`--${ip ? 'ip' : 'ip6'} needs --network: the address is on the first network`);
    for (const d of list(p, 'dns')) checkIp(d, 'dns');
    const addHosts = list(p, 'add-host').map(checkAddHost);
    const publish = list(p, 'publish');
    // The controller's own parser (lib/ports.ts): what passes here, the controller accepts.
    for (const spec of publish) usage(() => parsePublish(spec));
    const expose = list(p, 'expose');
    for (const e of expose) usage(() => parseExpose(e));
    const reply = await withClient(ctx.globals, (c) =>
      c.call(
        Api.run,
        codecs.runRequest,
        {
          name,
          host,
          networks,
          ip: ip ?? '',
          ip6: ip6 ?? '',
          aliases: list(p, 'alias'),
          command: p.rest ?? [],
          hostname: str(p, 'hostname') ?? '',
          dns: list(p, 'dns'),
          dnsSearch: list(p, 'dns-search'),
          dnsOptions: list(p, 'dns-option'),
          addHosts,
          publish,
          publishAll: bool(p, 'publish-all'),
          expose,
          labels: keyValues(list(p, 'label'), 'label'),
          env,
          autoRemove: bool(p, 'rm'),
          restart,
          // One id for this invocation: should the call be repeated, the controller answers with the first one's workload.
          requestId: randomId(),
        },
        codecs.workloadReply,
      ),
    );
    ctx.io.out(`${reply.workloads?.[0]?.workload?.name || name}\n`);
    return 0;
  },
};

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

export const workloadCommands: Record<string, Command> = { run, ps, inspect, rm, port };
