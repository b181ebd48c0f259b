// `run`: turn a RunRequest into a Workload, its Endpoints and its claims.
// Order: validate everything pure first, then claim the name, addresses and
// host ports (each claim pushes its undo), then write Endpoints, then the
// Workload (the agent acts on that: the commit point, commit.ts). Any failure
// before the commit runs the undo stack, so a rejected request leaves the
// store exactly as it was; a commit whose outcome is unknown is never undone.
// Must never: write the Workload before every claim has succeeded.
import { parseRestartPolicy } from '../lib/restart-policy.js';
import { AlreadyExists, FailedPrecondition, InvalidArgument, NotFound } from '../lib/errors.js';
import { checkName, printable, randomId } from '../lib/names.js';
import {
  codecs,
  Driver,
  Keys,
  Mode,
  Protocol,
  type Attachment,
  type Host,
  type Network,
  type PortMapping,
  type RunRequest,
  type Workload,
} from '../proto/index.js';
import { attach, attachGatewayPath, bridgeNetwork, checkAliases, needsGatewayPath, writeEndpoint, type EndpointOrigin } from './attach.js';
import { tryParseIp } from '../lib/ipv4.js';
import { AlreadyDone, claimName, hostOfName, releaseName } from './claims.js';
import type { Ctx } from './context.js';
import { checkPorts6, planPorts } from './ports.js';
import { formatExpose, type PortRequest } from '../lib/ports.js';
import { findNetwork } from './registry.js';
import { Undo } from './undo.js';
import { CommitUnknown, commitWorkload, runDeadline } from './commit.js';

type Target =
  | { kind: 'bridge'; mode: Mode }
  | { kind: 'host'; mode: Mode }
  | { kind: 'none'; mode: Mode }
  | { kind: 'container'; mode: Mode; container: string }
  | { kind: 'networks'; mode: Mode; names: string[] };

const SPECIAL = /^(host|none|container:.*)$/;

function parseTarget(networks: readonly string[]): Target {
  const list = networks.map((n) => n.trim());
  if (list.length === 0 || (list.length === 1 && (list[0] === '' || list[0] === 'bridge' || list[0] === 'default')))
    return { kind: 'bridge', mode: Mode.DEFAULT_BRIDGE };
  if (list.length > 1 && list.some((n) => SPECIAL.test(n) || n === 'bridge' || n === '')) {
    throw new InvalidArgument(
      `network modes host, none, bridge and container:NAME cannot be combined with other networks (got ${list.map(printable).join(', ')}): give one, connect more later with \`vxnet network connect\``,
    );
  }
  const only = list[0]!;
  if (only === 'host') return { kind: 'host', mode: Mode.HOST };
  if (only === 'none') return { kind: 'none', mode: Mode.NONE };
  if (only.startsWith('container:'))
    return { kind: 'container', mode: Mode.CONTAINER, container: checkName('container', only.slice('container:'.length)) };
  const dup = list.find((n, i) => list.indexOf(n) !== i);
  if (dup) throw new InvalidArgument(`network ${printable(dup)} is given twice: give each network once`);
  return { kind: 'networks', mode: Mode.NETWORKS, names: list };
}

function checkOptions(req: RunRequest): void {
  if (req.hostname && !/^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62})$/.test(req.hostname)) {
    throw new InvalidArgument(`invalid hostname "${printable(req.hostname)}": use up to 63 characters [a-zA-Z0-9.-]`);
  }
  for (const d of req.dns ?? []) {
    if (tryParseIp(d) === undefined) throw new InvalidArgument(`invalid --dns "${printable(d)}": give an IPv4 address`);
  }
  for (const e of req.env ?? []) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(e)) throw new InvalidArgument(`invalid --env "${printable(e)}": use KEY=VALUE`);
  }
  const restart = parseRestartPolicy(req.restart);
  if (req.autoRemove && restart.name !== 'no') throw new InvalidArgument('--rm and --restart conflict: a removed workload cannot restart');
  if ((req.autoRemove || restart.name !== 'no') && !(req.command ?? []).length) {
    throw new InvalidArgument(`--${req.autoRemove ? 'rm' : 'restart'} needs a command: add -- COMMAND`);
  }
  for (const h of req.addHosts ?? []) {
    const i = h.lastIndexOf(':');
    const ip = h.slice(i + 1);
    if (i <= 0 || (ip !== 'host-gateway' && tryParseIp(ip) === undefined)) {
      throw new InvalidArgument(`invalid --add-host "${printable(h)}": use NAME:IPv4`);
    }
  }
}

/** An endpoint in a namespace a local runtime made (controller/runtime-endpoints.ts checks it). */
export interface AttachedOrigin extends EndpointOrigin {
  netnsPath: string;
  ifname: string;
  mac: string;
  /** 0 = the network's. */
  mtu: number;
}

export async function run(ctx: Ctx, req: RunRequest, origin?: AttachedOrigin): Promise<Workload> {
  const name = checkName('workload', req.name ?? '');
  if (!origin && (req.kind || req.containerId || req.netnsPath || req.ifname || req.mac || req.mtu)) {
    throw new InvalidArgument('kind, container id, netns path, interface name and MAC are set only by a host agent attaching a container');
  }
  if (!req.host) throw new InvalidArgument('give the host to run on (--host)');
  const host = await ctx.hosts.require(req.host);
  const target = parseTarget(req.networks ?? []);
  const aliases = checkAliases(req.aliases ?? []);
  checkOptions(req);
  const portPlan = planPorts(req.publish ?? [], !!req.publishAll, req.expose ?? []);
  const expose = (req.expose ?? []).map(formatExpose);
  if ((req.ip || req.ip6) && target.kind !== 'networks') {
    throw new InvalidArgument('user specified IP address is supported on user defined networks only');
  }
  if (portPlan.length > 0 && target.kind !== 'networks' && target.kind !== 'bridge') {
    throw new InvalidArgument(`published ports have no effect in ${target.kind} network mode: drop -p/-P or use a network`);
  }
  let networks: Network[] = [];
  if (target.kind === 'networks') {
    // A recent snapshot is enough to find the networks: their fields never change, and
    // checkStillThere() reads afresh before the workload is written. A miss reads afresh.
    const find = (all: readonly Network[]) => target.names.map((n) => findNetwork(all, n));
    let found = find((await ctx.registry.recent(ctx.config.heartbeatWriteMs)).networks);
    if (found.some((n) => !n)) found = find((await ctx.registry.read()).networks);
    networks = target.names.map((n, i) => {
      const got = found[i];
      if (!got) throw new NotFound(`network ${n} not found: create it with \`vxnet network create ${n}\` or see \`vxnet network ls\``);
      return got;
    });
    const first = networks[0]!;
    if (portPlan.length > 0 && first.internal) {
      throw new InvalidArgument(
        `network ${first.name} is internal: its workloads cannot publish ports; drop -p/-P or put a non-internal network first`,
      );
    }
    if (portPlan.length > 0 && first.driver === Driver.OVERLAY && !host.gwbridgeSubnet) {
      throw new FailedPrecondition(
        `host ${host.name} has no gateway bridge, through which an overlay workload's ports are published: enable it in the agent's config (gatewayBridge.bip) or drop -p/-P`,
      );
    }
  } else if (target.kind === 'bridge') {
    networks = [bridgeNetwork(host)];
  }
  if (networks[0]) checkPorts6(portPlan, networks[0], host);
  if (target.kind === 'container') {
    await checkContainerTarget(ctx, target.container, host.name!);
  }

  const undo = new Undo();
  const attempt = randomId();
  // Claims start now: the commit must come before the sweep could take them for orphans (commit.ts).
  const deadline = runDeadline(ctx.now(), ctx.config.orphanGraceMs);
  try {
    // The name and the addresses are independent claims, made at once (each pushes its undo once it holds).
    const claimed = await Promise.allSettled([
      (async () => {
        // Pushed first: a create whose answer was lost may still have landed, and the release checks the attempt.
        undo.push(`release name ${name}`, () => releaseName(ctx.store, name, attempt));
        await claimName(ctx.store, name, { host: host.name!, request: req.requestId || '-', attempt });
      })(),
      (async () => {
        const out: Attachment[] = [];
        for (const [i, network] of networks.entries()) {
          out.push(
            await attach(ctx, undo, {
              workload: name,
              host,
              network,
              ifname: origin?.ifname || `eth${i}`,
              ip: i === 0 ? req.ip : undefined,
              ip6: i === 0 ? req.ip6 : undefined,
              aliases,
              ...(origin?.mac ? { mac: origin.mac } : {}),
              ...(origin?.mtu ? { mtu: origin.mtu } : {}),
            }),
          );
        }
        return out;
      })(),
    ]);
    for (const c of claimed) if (c.status === 'rejected') throw c.reason;
    const attachments = (claimed[1] as PromiseFulfilledResult<Attachment[]>).value;
    const gatewayPath = needsGatewayPath(attachments) ? await attachGatewayPath(ctx, undo, name, host) : undefined;
    const { ports, releaseAfter } = await claimPorts(ctx, undo, host, name, portPlan);
    await Promise.all(attachments.map((a) => writeEndpoint(ctx, undo, a, name, host, req.hostname ?? '', origin)));
    if (target.kind === 'networks') await checkStillThere(ctx, networks);
    const workload: Workload = {
      name,
      id: randomId(),
      host: host.name,
      mode: target.mode,
      container: target.kind === 'container' ? target.container : '',
      attachments,
      command: req.command ?? [],
      hostname: req.hostname ?? '',
      dns: req.dns ?? [],
      dnsSearch: req.dnsSearch ?? [],
      dnsOptions: req.dnsOptions ?? [],
      addHosts: req.addHosts ?? [],
      ports,
      expose,
      createdMs: ctx.now(),
      labels: req.labels ?? {},
      ...(origin ? { kind: origin.kind, containerId: origin.containerId, netnsPath: origin.netnsPath } : {}),
      env: req.env ?? [],
      autoRemove: req.autoRemove ?? false,
      restart: req.restart ?? '',
      ...(gatewayPath ? { gatewayPath } : {}),
    };
    await commitWorkload(ctx.store, workload, deadline, ctx.now);
    // Random ports found busy on the host were held so as not to pick them twice: free them now.
    for (const p of releaseAfter) await ctx.ports.release(host.name!, p.protocol, p.port).catch(() => undefined);
    ctx.log.info(
      { workload: name, host: host.name, ips: attachments.flatMap((a) => (a.ip6 ? [a.ip, a.ip6] : [a.ip])) },
      'workload created',
    );
    return workload;
  } catch (err) {
    // A commit that may have landed is never undone (commit.ts); its claims are the sweep's if it did not.
    if (err instanceof CommitUnknown) throw err;
    await undo.run(ctx.log);
    // A retry of a run that had succeeded: answer as the first attempt would have.
    if (err instanceof AlreadyDone) return err.workload;
    throw err;
  }
}

async function checkContainerTarget(ctx: Ctx, container: string, host: string): Promise<void> {
  const where = await hostOfName(ctx.store, container);
  if (!where) throw new NotFound(`no such workload: ${container} (for --network container:${container}); see \`vxnet ps\``);
  if (where !== host) {
    throw new InvalidArgument(
      `workload ${container} runs on host ${where}, not ${host}: container:NAME joins a namespace on the same host, so run on ${where}`,
    );
  }
  const e = await ctx.store.get(Keys.workload(where, container));
  if (!e) throw new NotFound(`workload ${container} is not ready yet: retry in a moment`);
  const target = codecs.workload.decode(e.value);
  if (target.mode === Mode.CONTAINER) {
    throw new InvalidArgument(`workload ${container} itself joins ${target.container}: use --network container:${target.container}`);
  }
}

/** Guards against `network rm` racing this run: every network must still be the same one. */
async function checkStillThere(ctx: Ctx, networks: readonly Network[]): Promise<void> {
  const { networks: now } = await ctx.registry.fresh();
  for (const n of networks) {
    if (!now.some((x) => x.id === n.id)) throw new NotFound(`network ${n.name} was removed while the workload was being created`);
  }
}

/**
 * Claims the host ports of the plan, then asks the host's agent whether a
 * process already listens on any of them: a fixed port in use is refused; a
 * randomly chosen one is replaced by another (the busy claim is kept until
 * the request ends, so it is not picked again, and released after).
 */
async function claimPorts(
  ctx: Ctx,
  undo: Undo,
  host: Host,
  owner: string,
  plan: readonly PortRequest[],
): Promise<{ ports: PortMapping[]; releaseAfter: { protocol: string; port: number }[] }> {
  const out: PortMapping[] = [];
  const releaseAfter: { protocol: string; port: number }[] = [];
  const h = host.name!;
  for (const r of plan) out.push(await claimOne(ctx, undo, h, owner, r));
  for (let round = 0; ctx.portsInUse && out.length > 0; round++) {
    const busy = await ctx.portsInUse(
      h,
      out.map((m) => ({ protocol: m.protocol, hostIp: m.hostIp, port: m.hostPort })),
    );
    if (busy.length === 0) break;
    for (const b of busy) {
      const i = out.findIndex((m) => m.protocol === b.protocol && m.hostPort === b.port);
      if (i < 0) continue;
      const r = plan[i]!;
      const what = `host port ${b.port}/${r.protocol} on ${h} is in use by another process`;
      if ((r.hostFrom !== 0 && r.hostFrom === r.hostTo) || round >= 8) throw new AlreadyExists(`${what}: pick another port`);
      releaseAfter.push({ protocol: r.protocol, port: b.port! });
      out[i] = await claimOne(ctx, undo, h, owner, r);
    }
  }
  return { ports: out, releaseAfter };
}

async function claimOne(ctx: Ctx, undo: Undo, h: string, owner: string, r: PortRequest): Promise<PortMapping> {
  const { port, revision } =
    r.hostFrom === 0
      ? await ctx.ports.claimAny(h, r.protocol, ctx.config.portRange, owner)
      : r.hostFrom === r.hostTo
        ? { port: r.hostFrom, revision: await ctx.ports.claim(h, r.protocol, r.hostFrom, owner) }
        : await ctx.ports.claimAny(h, r.protocol, { from: r.hostFrom, to: r.hostTo }, owner);
  undo.push(`release port ${port}/${r.protocol}`, () => ctx.ports.release(h, r.protocol, port, revision));
  return { protocol: r.protocol === 'udp' ? Protocol.UDP : Protocol.TCP, hostIp: r.hostIp, hostPort: port, containerPort: r.containerPort };
}
