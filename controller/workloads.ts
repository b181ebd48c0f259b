// Workloads after `run`: rm, ps, inspect.
// rm deletes the Workload key first (so the agent tears it down), then its
// endpoints, address claims, port claims and finally the name claim, so a name
// is only free again once everything it held is.
// Must never: remove a workload that others join via container:NAME unless forced.
import { FailedPrecondition, InvalidArgument, NotFound } from '../lib/errors.js';
import { keyToken } from '../lib/names.js';
import { codecs, Keys, Mode, type Workload, type WorkloadStatus, type WorkloadView } from '../proto/index.js';
import { detach } from './attach.js';
import { hostOfName } from './claims.js';
import type { Ctx } from './context.js';
import { entries } from './store.js';
import { byCodeUnit } from '../lib/order.js';

const proto = (p: number | null | undefined) => (p === 2 ? 'udp' : 'tcp');

export async function readWorkload(ctx: Ctx, name: string): Promise<{ workload: Workload; revision: number } | undefined> {
  const host = await hostOfName(ctx.store, name);
  if (!host) return undefined;
  const e = await ctx.store.get(Keys.workload(host, name));
  return e ? { workload: codecs.workload.decode(e.value), revision: e.revision } : undefined;
}

export async function requireWorkload(ctx: Ctx, name: string): Promise<{ workload: Workload; revision: number }> {
  const w = await readWorkload(ctx, name);
  if (!w) throw new NotFound(`no such workload: ${name}; see \`vxnet ps\``);
  return w;
}

function statusOf(ctx: Ctx, w: Workload): WorkloadStatus {
  const st = ctx.hosts.status(w.host!);
  return st?.workloads?.find((s) => s.name === w.name) ?? { name: w.name, state: 'pending' };
}

export async function list(ctx: Ctx, names: readonly string[]): Promise<WorkloadView[]> {
  const all = await entries(ctx.store, Keys.workloadsAll, (b) => codecs.workload.decode(b));
  const wanted = names.filter(Boolean);
  return all
    .map((e) => e.value)
    .filter((w) => wanted.length === 0 || wanted.includes(w.name!))
    .sort((a, b) => byCodeUnit(a.name!, b.name!))
    .map((workload) => ({ workload, status: statusOf(ctx, workload) }));
}

export async function inspect(ctx: Ctx, names: readonly string[]): Promise<WorkloadView[]> {
  if (names.length === 0) throw new InvalidArgument('give at least one workload name');
  return Promise.all(
    names.map(async (n) => {
      const { workload } = await requireWorkload(ctx, n);
      return { workload, status: statusOf(ctx, workload) };
    }),
  );
}

/** Removes each named workload; returns those removed and the first failure after trying all. */
export async function remove(ctx: Ctx, names: readonly string[], force: boolean): Promise<{ removed: string[]; error?: Error }> {
  if (names.length === 0) throw new InvalidArgument('give at least one workload name');
  const removed: string[] = [];
  let error: Error | undefined;
  for (const n of names) {
    try {
      await removeOne(ctx, n, force);
      removed.push(n);
    } catch (err) {
      error ??= err as Error;
    }
  }
  return { removed, ...(error ? { error } : {}) };
}

async function removeOne(ctx: Ctx, name: string, force: boolean): Promise<void> {
  const host = await hostOfName(ctx.store, name);
  if (!host) throw new NotFound(`no such workload: ${name}; see \`vxnet ps\``);
  const e = await ctx.store.get(Keys.workload(host, name));
  if (!e) {
    if (!force)
      throw new NotFound(`workload ${name} is still being created or was half removed: retry, or use --force to clear its leftovers`);
    await clearLeftovers(ctx, name);
    return;
  }
  const w = codecs.workload.decode(e.value);
  if (!force) {
    const joined = (await entries(ctx.store, Keys.workloadsOfHost(host), (b) => codecs.workload.decode(b)))
      .map((x) => x.value)
      .filter((x) => x.mode === Mode.CONTAINER && x.container === name)
      .map((x) => x.name);
    if (joined.length > 0) {
      throw new FailedPrecondition(
        `workload ${name} is joined by ${joined.join(', ')} (container:${name}): remove them first or use --force`,
      );
    }
  }
  await ctx.store.delete(Keys.workload(host, name));
  for (const a of w.attachments ?? []) await detach(ctx, a, name);
  if (w.gatewayPath?.ip) await detach(ctx, w.gatewayPath, name);
  for (const p of w.ports ?? []) await ctx.ports.release(host, proto(p.protocol), p.hostPort!);
  await ctx.store.delete(Keys.workloadName(name));
  ctx.log.info({ workload: name, host }, 'workload removed');
}

/** A name claim without a Workload: drop its endpoints and claims found by owner. */
async function clearLeftovers(ctx: Ctx, name: string): Promise<void> {
  for (const k of await ctx.store.keys(`nw.*.ep.${keyToken(name)}`)) await ctx.store.delete(k);
  const dec = new TextDecoder();
  for (const filter of ['ip.>', 'port.>']) {
    for (const { key, value } of await entries(ctx.store, filter, (b) => dec.decode(b))) {
      if (value === name) await ctx.store.delete(key);
    }
  }
  await ctx.store.delete(Keys.workloadName(name));
}
