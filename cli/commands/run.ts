// `vxnet run`: create a workload on a host. Validates every flag locally (in
// this module, so that `ps`, `inspect` and `rm` never load the address and
// option parsers), sends one request, prints the workload's name as docker
// prints the container id.
import { TOP_SUMMARY } from '../catalog.js';
import { Api, codecs } from '../../proto/index.js';
import { checkName, checkHostName, randomId } from '../../lib/names.js';
import { bool, checkAddHost, checkIp, keyValues, list, str, usage } from '../args.js';
import { checkAddr } from '../ip-args.js';
import { parseExpose, parsePublish } from '../../lib/ports.js';
import { withClient } from '../client.js';
import { UsageError } from '../errors.js';
import type { Command } from '../command.js';
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
export const runCommands: Record<string, Command> = { run };
