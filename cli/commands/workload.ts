// `vxnet run | ps | inspect | rm | port | logs`: workloads (a namespace with its
// interfaces and a command) on one host. Validates flags locally, sends one
// request, prints what docker would print for the same verb.
import { Api, codecs, EndpointKind, HostSubjects, Mode, type WorkloadView } from '../../proto/index.js';
import { checkName, checkHostName, randomId } from '../../lib/names.js';
import { bool, checkAddHost, checkFormat, checkIp, keyValues, list, str } from '../args.js';
import { withClient, throwIfError, decodeReply, type Client } from '../client.js';
import { table, json, toPlain, ago, commandCell, portLine, portsCell, protoName } from '../format.js';
import { RemoteError, UsageError } from '../errors.js';
import { jsonInspect } from './inspect.js';
import { FORMAT_OPTION, QUIET_OPTION, type Command } from '../command.js';

const SPECIAL_NETWORKS = new Set(['bridge', 'host', 'none', 'default']);
const PUBLISH = /^(?:(\[[0-9a-fA-F:.]+\]|[0-9.]+):)?(?:(\d+(?:-\d+)?)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp))?$/;
const EXPOSE = /^\d+(?:-\d+)?(?:\/(?:tcp|udp))?$/;

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
    summary: 'Create a workload on a host: a network namespace with its interfaces, and a command if one is given.',
    maxArgs: 0,
    options: {
      host: { type: 'string', arg: 'HOST', desc: 'host to run on (required)' },
      name: { type: 'string', arg: 'NAME', desc: 'workload name (default: generated)' },
      network: {
        type: 'string',
        multiple: true,
        arg: 'NET',
        desc: 'network: a vxnet network, bridge (default), host, none or container:NAME',
      },
      ip: { type: 'string', arg: 'IP', desc: 'static address on the first network' },
      alias: { type: 'string', multiple: true, arg: 'NAME', desc: 'extra DNS name on the networks' },
      hostname: { type: 'string', arg: 'NAME', desc: 'hostname inside the workload' },
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
    const host = str(p, 'host');
    if (!host) throw new UsageError("'vxnet run' needs --host HOST; see 'vxnet host ls'");
    checkHostName(host);
    const name = checkName('workload', str(p, 'name') ?? `w-${randomId().slice(0, 8)}`);
    const networks = list(p, 'network').map(checkNetworkArg);
    const ip = str(p, 'ip');
    if (ip) checkIp(ip, 'ip');
    if (ip && networks.length === 0) throw new UsageError('--ip needs --network: the address is on the first network');
    list(p, 'dns').forEach((d) => checkIp(d, 'dns'));
    const addHosts = list(p, 'add-host').map(checkAddHost);
    const publish = list(p, 'publish');
    for (const spec of publish) {
      if (!PUBLISH.test(spec)) throw new UsageError(`invalid --publish "${spec}": expected [ip:][hostPort:]port[/tcp|udp], e.g. 8080:80`);
    }
    const expose = list(p, 'expose');
    for (const e of expose) {
      if (!EXPOSE.test(e)) throw new UsageError(`invalid --expose "${e}": expected port[-port][/tcp|udp], e.g. 80 or 53/udp`);
    }
    const reply = await withClient(ctx.globals, (c) =>
      c.call(
        Api.run,
        codecs.runRequest,
        {
          name,
          host,
          networks,
          ip: ip ?? '',
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
    .map((a) => a.ip ?? '')
    .filter(Boolean)
    .join(',');
}

const ps: Command = {
  spec: {
    name: 'ps',
    args: '',
    summary: 'List workloads (exited ones only with -a).',
    maxArgs: 0,
    options: {
      all: { type: 'boolean', short: 'a', desc: 'show all workloads, also exited ones' },
      format: FORMAT_OPTION,
      quiet: QUIET_OPTION,
    },
  },
  async run(ctx, p) {
    const format = checkFormat(p);
    const reply = await withClient(ctx.globals, (c) =>
      c.call(Api.ps, codecs.nameRequest, { names: [], force: bool(p, 'all') }, codecs.workloadReply),
    );
    const views = (reply.workloads ?? [])
      .filter((v) => bool(p, 'all') || v.status?.state !== 'exited')
      .sort((a, b) => (a.workload?.name ?? '').localeCompare(b.workload?.name ?? ''));
    if (bool(p, 'quiet')) {
      ctx.io.out(views.map((v) => `${v.workload?.name ?? ''}\n`).join(''));
    } else if (format === 'json') {
      ctx.io.out(json(views.map((v) => toPlain('WorkloadView', v))));
    } else {
      const now = Date.now();
      ctx.io.out(
        table(
          ['NAME', 'HOST', 'STATE', 'NETWORKS', 'IP', 'PORTS', 'COMMAND', 'CREATED'],
          views.map((v) => [
            v.workload?.name ?? '',
            v.workload?.host ?? '',
            stateCell(v),
            modeCell(v),
            ipsCell(v),
            portsCell(v.workload?.ports, v.workload?.expose),
            v.workload?.netnsPath ? containerCell(v) : commandCell(v.workload?.command),
            ago(v.workload?.createdMs, now),
          ]),
        ),
      );
    }
    return 0;
  },
};

/** An endpoint of another runtime's container: its kind and (short) container id instead of a command. */
function containerCell(v: WorkloadView): string {
  const kind = v.workload?.kind === EndpointKind.KIND_DOCKER ? 'docker' : 'cni';
  return `[${kind} ${(v.workload?.containerId ?? '').slice(0, 12)}]`;
}

function stateCell(v: WorkloadView): string {
  const s = v.status;
  if (!s?.state) return 'pending';
  if (s.state === 'exited') return `exited (${s.exitCode ?? 0})`;
  return s.state;
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
  summary: 'Show workloads in detail (JSON): host, interfaces, addresses, ports, status.',
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
    summary: 'Remove workloads (their interfaces, addresses and published ports go with them).',
    minArgs: 1,
    options: { force: { type: 'boolean', short: 'f', desc: 'also remove running workloads' } },
  },
  async run(ctx, p) {
    const names = p.positionals.map((n) => checkName('workload', n));
    const reply = await withClient(ctx.globals, (c) =>
      c.callNoThrow(Api.rm, codecs.nameRequest, { names, force: bool(p, 'force') }, codecs.workloadReply),
    );
    ctx.io.out((reply.removed ?? []).map((n) => `${n}\n`).join(''));
    throwIfError(reply.error);
    return 0;
  },
};

const port: Command = {
  spec: {
    name: 'port',
    args: 'WORKLOAD [PORT[/PROTO]]',
    summary: "List a workload's published ports, or the host address of one port.",
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

const LOGS_TIMEOUT_MS = 10_000;

const logs: Command = {
  spec: {
    name: 'logs',
    args: 'WORKLOAD',
    summary: "Show a workload's output (stdout and stderr of its command; the last 64 KiB).",
    minArgs: 1,
    maxArgs: 1,
    options: {},
    examples: ['vxnet logs web'],
  },
  async run(ctx, p) {
    const name = checkName('workload', p.positionals[0]!);
    const reply = await withClient(ctx.globals, async (c) => {
      // The controller knows the host; the agent there keeps the output.
      const host = (await inspectOne(c, name)).workload?.host ?? '';
      const bytes = await c.raw(HostSubjects.logs(host), codecs.logsRequest.encode({ workload: name, maxBytes: 0 }), LOGS_TIMEOUT_MS, {
        noResponders: `no agent is answering for host ${host} (${HostSubjects.logs(host)}): is vxnet-agent running there? see 'vxnet host ls'`,
        timeout: `the agent of host ${host} did not answer within ${LOGS_TIMEOUT_MS / 1000}s`,
      });
      return decodeReply(codecs.logsReply, bytes, `the agent of ${host}`);
    });
    throwIfError(reply.error);
    if (reply.data && reply.data.length > 0) ctx.io.raw(1, reply.data);
    return 0;
  },
};

export const workloadCommands: Record<string, Command> = { run, ps, inspect, rm, port, logs };
