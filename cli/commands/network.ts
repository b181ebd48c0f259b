// `vxnet network …`: create, ls, inspect, rm, prune, connect, disconnect.
// Each verb: validate locally (names, CIDRs, IPs) → one Api.network* request
// → table or JSON. The controller decides everything else (VNI, subnet, IPs).
import { Api, codecs, Driver } from '../../proto/index.js';
import { Code } from '../../lib/errors.js';
import { checkName, checkHostName } from '../../lib/names.js';
import { bool, keyValues, list, str, type Parsed } from '../args.js';
import { checkAddr, perFamily } from '../ip-args.js';
import { withClient, decodeReply, removeNamed, throwIfError } from '../client.js';
import { UsageError } from '../errors.js';
import { jsonInspect } from './inspect.js';
import type { Command, Ctx } from '../command.js';
import { FILTER_OPTION, FORMAT_OPTION, NO_TRUNC_OPTION, QUIET_OPTION, renderListing } from '../listing.js';
import { networkListing } from './network-listing.js';

const create: Command = {
  spec: {
    name: 'network create',
    args: 'NETWORK',
    summary: 'Create a network: overlay (spans hosts over VXLAN, the default) or bridge (local to one --host).',
    minArgs: 1,
    maxArgs: 1,
    options: {
      driver: { type: 'string', short: 'd', arg: 'overlay|bridge', desc: 'network driver (default overlay)' },
      subnet: {
        type: 'string',
        multiple: true,
        arg: 'CIDR',
        desc: 'subnet, once per family (default: allocated from the controller pool; IPv6: a /64 of the cluster ULA /48)',
      },
      gateway: {
        type: 'string',
        multiple: true,
        arg: 'IP',
        desc: 'gateway address, once per family (default: first address of the subnet)',
      },
      'ip-range': {
        type: 'string',
        multiple: true,
        arg: 'CIDR',
        desc: 'allocate workload addresses from this range inside the subnet, once per family',
      },
      ipv6: { type: 'boolean', desc: 'dual stack: an IPv6 subnet too (IPv6 --subnet/--gateway/--ip-range need it)' },
      internal: { type: 'boolean', desc: 'no outbound traffic and no published ports' },
      host: { type: 'string', arg: 'HOST', desc: 'the host that owns a bridge network' },
      label: { type: 'string', multiple: true, arg: 'KEY=VALUE', desc: 'set a label' },
      opt: {
        type: 'string',
        short: 'o',
        multiple: true,
        arg: 'KEY=VALUE',
        desc: 'driver option: mtu=N or com.docker.network.driver.mtu=N (bridge); other com.docker.network.* options are refused',
      },
      attachable: { type: 'boolean', desc: 'accepted for Docker compatibility: every vxnet network is attachable' },
      'aux-address': {
        type: 'string',
        multiple: true,
        arg: 'NAME=IP',
        desc: 'keep an address of the subnet out of allocation (e.g. a router already there); needs --subnet of its family',
      },
    },
    examples: [
      'vxnet network create demo --subnet 10.77.0.0/24',
      'vxnet network create --ipv6 --subnet 10.78.0.0/24 --subnet fd00:78::/64 ds',
      'vxnet network create -d bridge --host h1 web',
    ],
  },
  async run(ctx, p) {
    const name = checkName('network', p.positionals[0]!);
    const d = str(p, 'driver') ?? 'overlay';
    if (d !== 'overlay' && d !== 'bridge') throw new UsageError(`invalid --driver "${d}": use overlay or bridge`);
    const host = str(p, 'host');
    if (host !== undefined) checkHostName(host);
    if (d === 'bridge' && !host) throw new UsageError('a bridge network lives on one host: add --host HOST');
    if (d === 'overlay' && host) throw new UsageError('--host is for bridge networks; an overlay network spans every host');
    const subnet = perFamily(list(p, 'subnet'), 'subnet', 'cidr');
    const gateway = perFamily(list(p, 'gateway'), 'gateway', 'ip');
    const ipRange = perFamily(list(p, 'ip-range'), 'ip-range', 'cidr');
    const ipv6 = bool(p, 'ipv6');
    const auxNames = list(p, 'aux-address').map((a) => a.split('=')[0]);
    const dupAux = auxNames.find((n, i) => auxNames.indexOf(n) !== i);
    if (dupAux !== undefined) throw new UsageError(`--aux-address ${dupAux} is given twice: give each name once`);
    if ((gateway[4] || ipRange[4]) && !subnet[4]) throw new UsageError('--gateway and --ip-range need --subnet');
    const given6 = subnet[6] ?? gateway[6] ?? ipRange[6];
    if (given6 && !ipv6) throw new UsageError(`${given6} is IPv6: add --ipv6 for a dual-stack network`);
    if ((gateway[6] || ipRange[6]) && !subnet[6]) throw new UsageError('an IPv6 --gateway or --ip-range needs an IPv6 --subnet');
    const reply = await withClient(ctx.globals, (c) =>
      c.call(
        Api.networkCreate,
        codecs.networkCreateRequest,
        {
          name,
          driver: d === 'bridge' ? Driver.BRIDGE : Driver.OVERLAY,
          subnet: subnet[4] ?? '',
          gateway: gateway[4] ?? '',
          ipRange: ipRange[4] ?? '',
          ipv6,
          subnet6: subnet[6] ?? '',
          gateway6: gateway[6] ?? '',
          ipRange6: ipRange[6] ?? '',
          internal: bool(p, 'internal'),
          host: host ?? '',
          labels: keyValues(list(p, 'label'), 'label'),
          options: keyValues(list(p, 'opt'), 'opt'),
          auxAddresses: keyValues(list(p, 'aux-address'), 'aux-address'),
        },
        codecs.networkReply,
      ),
    );
    const n = reply.networks?.[0]?.network;
    ctx.io.out(`${n?.id || n?.name || name}\n`);
    return 0;
  },
};

const ls: Command = {
  spec: {
    name: 'network ls',
    args: '',
    summary: 'List networks.',
    maxArgs: 0,
    options: { format: FORMAT_OPTION, quiet: QUIET_OPTION, filter: FILTER_OPTION, 'no-trunc': NO_TRUNC_OPTION },
    examples: ['vxnet network ls -f driver=overlay', "vxnet network ls --format '{{.Name}} {{.Subnet}}'"],
  },
  async run(ctx, p) {
    const reply = await withClient(ctx.globals, (c) => c.call(Api.networkList, codecs.nameRequest, { names: [] }, codecs.networkReply));
    const views = [...(reply.networks ?? [])].sort((a, b) => (a.network?.name ?? '').localeCompare(b.network?.name ?? ''));
    ctx.io.out(renderListing(networkListing, views, p));
    return 0;
  },
};

const inspect = jsonInspect({
  name: 'network inspect',
  args: 'NETWORK [NETWORK...]',
  summary: 'Show networks in detail (JSON), with their endpoints.',
  kind: 'network',
  subject: Api.networkInspect,
  reply: codecs.networkReply,
  views: (r) => r.networks ?? [],
  viewType: 'NetworkView',
});

const rm: Command = {
  spec: {
    name: 'network rm',
    args: 'NETWORK [NETWORK...]',
    summary: 'Remove networks (they must have no endpoints).',
    minArgs: 1,
    options: { force: { type: 'boolean', short: 'f', desc: 'do not fail when a network does not exist' } },
  },
  async run(ctx, p) {
    const names = p.positionals.map((n) => checkName('network', n));
    return removeNamed(
      ctx,
      Api.networkRemove,
      { names, force: bool(p, 'force') },
      { nameRequest: codecs.nameRequest, reply: codecs.networkReply },
    );
  },
};

const prune: Command = {
  spec: {
    name: 'network prune',
    args: '',
    summary: 'Remove every network that has no endpoints.',
    maxArgs: 0,
    options: { force: { type: 'boolean', short: 'f', desc: 'do not prompt for confirmation' } },
  },
  async run(ctx, p) {
    if (
      !bool(p, 'force') &&
      !(await confirm(
        ctx,
        'WARNING! This will remove all vxnet networks not used by at least one workload.\nAre you sure you want to continue? [y/N] ',
      ))
    ) {
      return 0;
    }
    const reply = await withClient(ctx.globals, (c) =>
      c.call(Api.networkPrune, codecs.nameRequest, { names: [], force: true }, codecs.networkReply),
    );
    const removed = reply.removed ?? [];
    if (removed.length > 0) ctx.io.out(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}`);
    return 0;
  },
};

async function confirm(ctx: Ctx, question: string): Promise<boolean> {
  if (!ctx.io.readLine) throw new UsageError('cannot ask for confirmation here: add -f');
  ctx.io.err(question);
  const answer = await ctx.io.readLine();
  return /^y(es)?$/i.test((answer ?? '').trim());
}

// The contract does not pin the reply type of connect/disconnect; only its Error
// matters to the CLI, so read it as a WorkloadReply and fall back to NetworkReply.
function connectReplyError(bytes: Uint8Array, ignoreNotFound = false): void {
  let reply: { error?: { code?: number | null; message?: string | null } | null };
  try {
    reply = codecs.workloadReply.decode(bytes);
  } catch {
    reply = decodeReply(codecs.networkReply, bytes, 'the controller');
  }
  if (ignoreNotFound && reply.error?.code === Code.NOT_FOUND) return;
  throwIfError(reply.error);
}

const connect: Command = {
  spec: {
    name: 'network connect',
    args: 'NETWORK WORKLOAD',
    summary: 'Attach a running workload to a network (a new interface, eth1, eth2, ...).',
    minArgs: 2,
    maxArgs: 2,
    options: {
      ip: { type: 'string', arg: 'IP', desc: 'static IPv4 address on the network' },
      ip6: { type: 'string', arg: 'IPv6', desc: 'static IPv6 address on the network (one created with --ipv6)' },
      alias: { type: 'string', multiple: true, arg: 'NAME', desc: 'extra DNS name on this network' },
    },
    examples: ['vxnet network connect --alias db demo a'],
  },
  async run(ctx, p) {
    const [network, workload] = [checkName('network', p.positionals[0]!), checkName('workload', p.positionals[1]!)];
    const ip = str(p, 'ip');
    const ip6 = str(p, 'ip6');
    if (ip) checkAddr(ip, 4, 'ip', 'ip6');
    if (ip6) checkAddr(ip6, 6, 'ip6', 'ip');
    const req = codecs.connectRequest.encode({ network, workload, ip: ip ?? '', ip6: ip6 ?? '', aliases: list(p, 'alias') });
    const bytes = await withClient(ctx.globals, (c) => c.toController(Api.networkConnect, req));
    connectReplyError(bytes);
    return 0;
  },
};

const disconnect: Command = {
  spec: {
    name: 'network disconnect',
    args: 'NETWORK WORKLOAD',
    summary: 'Detach a workload from a network.',
    minArgs: 2,
    maxArgs: 2,
    options: { force: { type: 'boolean', short: 'f', desc: 'succeed also when the workload is not (or no longer) attached' } },
  },
  async run(ctx, p: Parsed) {
    const [network, workload] = [checkName('network', p.positionals[0]!), checkName('workload', p.positionals[1]!)];
    const req = codecs.connectRequest.encode({ network, workload });
    const bytes = await withClient(ctx.globals, (c) => c.toController(Api.networkDisconnect, req));
    connectReplyError(bytes, bool(p, 'force'));
    return 0;
  },
};

export const networkCommands: Record<string, Command> = { create, ls, inspect, rm, prune, connect, disconnect };
