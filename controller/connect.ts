// `network connect` / `network disconnect`: add or remove one Attachment of a
// live workload (and its Endpoint and address claim). The Workload is changed
// by compare-and-set (commit.ts: within the run deadline, asked again when its
// answer is lost); a concurrent change makes us undo and retry.
// Must never: leave an address claim or endpoint behind when the CAS loses, or
// undo one whose update may have landed.
import { AlreadyExists, Code, ConflictError, InvalidArgument, NotFound, VxnetError } from '../lib/errors.js';
import { checkName } from '../lib/names.js';
import { codecs, Keys, Mode, type ConnectRequest, type Workload } from '../proto/index.js';
import { attach, attachGatewayPath, checkAliases, detach, needsGatewayPath, nextIfname, writeEndpoint } from './attach.js';
import type { Ctx } from './context.js';
import { requireHost } from './hosts.js';
import { Undo } from './undo.js';
import { CommitUnknown, commitWorkload, runDeadline } from './commit.js';
import { requireWorkload } from './workloads.js';

const ATTEMPTS = 5;

export async function connect(ctx: Ctx, req: ConnectRequest): Promise<Workload> {
  const name = checkName('workload', req.workload ?? '');
  const aliases = checkAliases(req.aliases ?? []);
  if (!req.network) throw new InvalidArgument('give the network to connect to');
  const network = await ctx.registry.find(req.network);
  if (!network) throw new NotFound(`network ${req.network} not found: see \`vxnet network ls\``);
  for (let attempt = 1; ; attempt++) {
    const { workload: w, revision } = await requireWorkload(ctx, name);
    if (w.mode === Mode.DEFAULT_BRIDGE) {
      // The local modes wire every attachment of a default-bridge workload to vxnet0: refuse rather than mis-wire.
      throw new InvalidArgument(
        `workload ${name} is on the default bridge, which cannot be combined with other networks yet: run it with --network ${network.name}`,
      );
    }
    if (w.mode !== Mode.NETWORKS) {
      throw new InvalidArgument(
        `workload ${name} shares another namespace (${Mode[w.mode!]?.toLowerCase()} mode) and cannot be connected to a network`,
      );
    }
    if (w.netnsPath) {
      throw new InvalidArgument(
        `workload ${name} is a container of another runtime (its namespace is not vxnet's): attach it to more networks through that runtime`,
      );
    }
    const atts = w.attachments ?? [];
    if (atts.some((a) => a.networkId === network.id))
      throw new AlreadyExists(`workload ${name} is already connected to network ${network.name}`);
    const host = await requireHost(ctx.store, w.host!);
    const undo = new Undo();
    const deadline = runDeadline(ctx.now(), ctx.config.orphanGraceMs);
    try {
      const a = await attach(ctx, undo, { workload: name, host, network, ifname: nextIfname(atts), ip: req.ip, ip6: req.ip6, aliases });
      await writeEndpoint(ctx, undo, a, name, host, w.hostname ?? '');
      const next: Workload = { ...w, attachments: [...atts, a] };
      // The first open overlay brings the gateway path (Docker's docker_gwbridge interface).
      if (!w.gatewayPath?.ip && needsGatewayPath(next.attachments!)) {
        const gatewayPath = await attachGatewayPath(ctx, undo, name, host);
        if (gatewayPath) next.gatewayPath = gatewayPath;
      }
      await commitWorkload(ctx.store, next, deadline, ctx.now, revision);
      return next;
    } catch (err) {
      if (err instanceof CommitUnknown) throw err; // it may have landed: the sweep frees what it did not
      await undo.run(ctx.log);
      if (!(err instanceof ConflictError)) throw err;
      if (attempt >= ATTEMPTS) throw new VxnetError(Code.CONFLICT, `workload ${name} kept changing during connect: retry`);
    }
  }
}

export async function disconnect(ctx: Ctx, req: ConnectRequest): Promise<Workload> {
  const name = checkName('workload', req.workload ?? '');
  if (!req.network) throw new InvalidArgument('give the network to disconnect from');
  for (let attempt = 1; ; attempt++) {
    const { workload: w, revision } = await requireWorkload(ctx, name);
    if (w.netnsPath) {
      throw new InvalidArgument(`workload ${name} is a container of another runtime: detach it through that runtime (or \`vxnet rm\`)`);
    }
    const atts = w.attachments ?? [];
    const a = atts.find((x) => x.network === req.network || x.networkId === req.network);
    if (!a) throw new NotFound(`workload ${name} is not connected to network ${req.network}`);
    const next: Workload = { ...w, attachments: atts.filter((x) => x !== a) };
    // The last open overlay takes the gateway path with it.
    const gatewayPath = w.gatewayPath?.ip && !needsGatewayPath(next.attachments!) ? w.gatewayPath : undefined;
    if (gatewayPath) next.gatewayPath = null;
    try {
      await ctx.store.update(Keys.workload(w.host!, name), codecs.workload.encode(next), revision);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      if (attempt >= ATTEMPTS) throw new VxnetError(Code.CONFLICT, `workload ${name} kept changing during disconnect: retry`);
      continue;
    }
    await detach(ctx, a, name);
    if (gatewayPath) await detach(ctx, gatewayPath, name);
    return next;
  }
}
