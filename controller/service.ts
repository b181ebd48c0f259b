// The admin API and the host feeds over NATS: one subscription per subject.
// API subjects and heartbeats use the CONTROLLER_QUEUE group (one controller
// answers); agent statuses are read by every controller (no queue).
// Handlers are thin: size check → decode → domain module → encode. Every
// failure becomes an `error` in the reply; nothing a client sends can crash it.
// Must never: put allocation or validation logic here.
import { hostname } from 'node:os';
import { AutoRemover } from './autoremove.js';
import type { NatsConnection, Msg, Subscription } from '@nats-io/transport-node';
import { packageVersion } from '../lib/version.js';
import { Code, VxnetError, InvalidArgument, errorMessage } from '../lib/errors.js';
import { silentLogger, type Logger } from '../lib/log.js';
import {
  Api,
  BUCKET,
  codecs,
  CONTROLLER_QUEUE,
  hostOfSubject,
  VERSION_SUBJECT,
  HostSubjects,
  type Codec,
  type WireErrorBody,
} from '../proto/index.js';
import type { DomainConfig } from './config.js';
import { connect, disconnect } from './connect.js';
import { createContext, type Ctx } from './context.js';
import { run } from './run.js';
import { attachEndpoint, detachEndpoints } from './runtime-endpoints.js';
import { ensureNetwork, listNetworks } from './docker-networks.js';
import { natsPortsInUse } from './hostports.js';
import type { Store } from './store.js';
import { KvStore } from './store-kv.js';
import { withEndpointHints } from './hints.js';
import type { ControllerMetrics } from './metrics.js';
import { OrphanSweeper } from './sweep.js';
import { inspect, list, remove } from './workloads.js';

export const MAX_REQUEST_BYTES = 64 * 1024;

export interface ControllerOptions {
  nc: NatsConnection;
  /** Defaults to the KV bucket on `nc` (created when missing). */
  store?: Store;
  config?: Partial<DomainConfig>;
  log?: Logger;
  /** KV bucket replicas when the bucket is created here. */
  replicas?: number;
  bucket?: string;
  /** Ask agents whether host ports are free before publishing them (default true). */
  checkHostPorts?: boolean;
  /** Counts requests, allocations and conflicts (served by main.ts when configured). */
  metrics?: ControllerMetrics;
}

export interface Controller {
  ctx: Ctx;
  /** Stops taking requests and waits for the ones in flight. Does not close `nc`. */
  stop(): Promise<void>;
}

function toWireError(err: unknown, log: Logger): WireErrorBody {
  if (err instanceof VxnetError) return { code: err.code, message: err.message };
  log.error({ err: errorMessage(err), stack: (err as Error)?.stack }, 'internal error');
  return { code: Code.INTERNAL, message: `internal error: ${errorMessage(err)}` };
}

/** The reply, and its result for metrics: "ok" or the error code in lower case. */
type Handler = (data: Uint8Array, subject: string) => Promise<{ bytes: Uint8Array; result: string }>;

/** A request still running after this long is logged (once): clients give up after 8-10 s. */
const SLOW_REQUEST_MS = 5_000;

function route<Req, Rep>(req: Codec<Req>, rep: Codec<Rep>, log: Logger, fn: (r: Req, subject: string) => Promise<Rep>): Handler {
  return async (data, subject) => {
    let slow: NodeJS.Timeout | undefined;
    try {
      if (data.length > MAX_REQUEST_BYTES)
        throw new InvalidArgument(`request of ${data.length} bytes is over the ${MAX_REQUEST_BYTES}-byte limit`);
      const r = req.decode(data);
      const { name, names } = r as { name?: string; names?: string[] };
      const t0 = Date.now();
      slow = setTimeout(() => log.warn({ subject, name, names, ms: Date.now() - t0 }, 'request still running'), SLOW_REQUEST_MS);
      return { bytes: rep.encode(await fn(r, subject)), result: 'ok' };
    } catch (err) {
      const error = toWireError(err, log);
      const name = Object.entries(Code).find(([, v]) => v === error.code)?.[0] ?? 'INTERNAL';
      return { bytes: rep.encode({ error } as Rep), result: name.toLowerCase() };
    } finally {
      clearTimeout(slow);
    }
  };
}

function handlers(ctx: Ctx): Array<[string, Handler]> {
  const { log } = ctx;
  const nr = codecs.nameRequest;
  const netRep = codecs.networkReply;
  const wlRep = codecs.workloadReply;
  const names = (r: { names?: string[] | null }) => r.names ?? [];
  return [
    [
      Api.networkCreate,
      route(codecs.networkCreateRequest, netRep, log, async (r) => ({
        networks: [{ network: await ctx.networks.create(r), endpoints: [] }],
      })),
    ],
    [Api.networkList, route(nr, netRep, log, async (r) => ({ networks: await ctx.networks.views(names(r)) }))],
    [Api.networkInspect, route(nr, netRep, log, async (r) => ({ networks: await ctx.networks.views(names(r)) }))],
    [
      Api.networkRemove,
      route(nr, netRep, log, async (r) => {
        const { removed, error } = await ctx.networks.remove(names(r), !!r.force);
        return { removed, ...(error ? { error: toWireError(error, log) } : {}) };
      }),
    ],
    [Api.networkPrune, route(nr, netRep, log, async () => ({ removed: await ctx.networks.prune() }))],
    [Api.networkConnect, route(codecs.connectRequest, wlRep, log, async (r) => ({ workloads: [{ workload: await connect(ctx, r) }] }))],
    [
      Api.networkDisconnect,
      route(codecs.connectRequest, wlRep, log, async (r) => ({ workloads: [{ workload: await disconnect(ctx, r) }] })),
    ],
    [
      Api.run,
      route(codecs.runRequest, wlRep, log, async (r) => ({
        workloads: [{ workload: await run(ctx, r), status: { name: r.name, state: 'pending' } }],
      })),
    ],
    [Api.ps, route(nr, wlRep, log, async (r) => ({ workloads: await list(ctx, names(r)) }))],
    [Api.inspect, route(nr, wlRep, log, async (r) => ({ workloads: await inspect(ctx, names(r)) }))],
    [
      Api.rm,
      route(nr, wlRep, log, async (r) => {
        const { removed, error } = await remove(ctx, names(r), !!r.force);
        return { removed, ...(error ? { error: toWireError(error, log) } : {}) };
      }),
    ],
    [Api.hostList, route(nr, codecs.hostReply, log, async (r) => ({ hosts: await ctx.hosts.list(names(r)) }))],
    // Agents on behalf of local runtimes: the host is the one in the subject (NATS permissions
    // let each host publish only under its own prefix), never the one in the request.
    [
      HostSubjects.anyAttach,
      route(codecs.runRequest, wlRep, log, async (r, subject) => ({
        workloads: [{ workload: await attachEndpoint(ctx, subjectHost(subject), r), status: { name: r.name, state: 'pending' } }],
      })),
    ],
    // A host's Docker plugin: the vxnet network behind a Docker network, and the registry.
    [
      HostSubjects.anyNetwork,
      route(codecs.networkCreateRequest, netRep, log, async (r, subject) => ({
        networks: [{ network: await ensureNetwork(ctx, subjectHost(subject), r), endpoints: [] }],
      })),
    ],
    [HostSubjects.anyNetworks, route(nr, netRep, log, async (r) => ({ networks: await listNetworks(ctx, names(r)) }))],
    [
      HostSubjects.anyDetach,
      route(nr, wlRep, log, async (r, subject) => {
        const { removed, error } = await detachEndpoints(ctx, subjectHost(subject), names(r));
        return { removed, ...(error ? { error: toWireError(error, log) } : {}) };
      }),
    ],
  ];
}

function subjectHost(subject: string): string {
  const host = hostOfSubject(subject);
  if (!host) throw new InvalidArgument(`request on ${subject} names no host`);
  return host;
}

export async function startController(opts: ControllerOptions): Promise<Controller> {
  const log = opts.log ?? silentLogger;
  const store =
    opts.store ?? (await KvStore.open(opts.nc, { replicas: opts.replicas ?? 1, ...(opts.bucket ? { bucket: opts.bucket } : {}) }));
  if (store instanceof KvStore && store.replicas > (opts.replicas ?? 1))
    log.warn({ bucket: store.replicas, configured: opts.replicas ?? 1 }, 'the KV bucket has more replicas than configured; keeping them');
  const hinted = withEndpointHints(store, opts.nc, opts.bucket ?? BUCKET);
  const ctx = createContext(opts.metrics ? opts.metrics.instrument(hinted) : hinted, log, opts.config);
  if (opts.checkHostPorts !== false) ctx.portsInUse = natsPortsInUse(opts.nc);
  const inflight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };
  const subs: Subscription[] = [];
  const answer = (verb: string, h: Handler) => (err: Error | null, msg: Msg) => {
    if (err) return log.warn({ err: errorMessage(err) }, 'subscription error');
    const t0 = performance.now();
    track(
      h(msg.data, msg.subject)
        .then(({ bytes, result }) => {
          if (msg.reply) msg.respond(bytes);
          opts.metrics?.request(verb, result, (performance.now() - t0) / 1000);
        })
        .catch((e) => log.error({ err: errorMessage(e) }, 'cannot reply')),
    );
  };
  for (const [subject, h] of handlers(ctx)) {
    subs.push(opts.nc.subscribe(subject, { queue: CONTROLLER_QUEUE, callback: answer(subject.replace(/^vxnet\.api\./, ''), h) }));
  }
  subs.push(
    opts.nc.subscribe(HostSubjects.anyHeartbeat, {
      queue: CONTROLLER_QUEUE,
      callback: (err, msg) => {
        if (err) return;
        track(ctx.hosts.onHeartbeat(msg.subject, msg.data).catch((e) => log.warn({ err: errorMessage(e) }, 'cannot record heartbeat')));
      },
    }),
  );
  // Every controller answers (no queue group): `vxnet version` lists them all.
  const me = codecs.versionReply.encode({
    software: packageVersion(),
    instance: `${hostname()} pid ${process.pid}`,
    startedMs: Date.now(),
  });
  subs.push(opts.nc.subscribe(VERSION_SUBJECT, { callback: (err, msg) => void (!err && msg.reply && msg.respond(me)) }));
  const autoRemover = new AutoRemover(ctx);
  subs.push(
    opts.nc.subscribe(HostSubjects.anyStatus, {
      callback: (err, msg) => {
        const st = err ? undefined : ctx.hosts.onStatus(msg.subject, msg.data);
        if (st) track(autoRemover.onStatus(st));
      },
    }),
  );
  await opts.nc.flush();
  // Claims left by a request that a crash cut short: removed on start and periodically (controller/sweep.ts).
  const sweeper = ctx.config.orphanGraceMs > 0 ? new OrphanSweeper(store, ctx.config.orphanGraceMs, log) : undefined;
  sweeper?.start(Math.max(500, Math.floor(ctx.config.orphanGraceMs / 2)));
  log.info({ subjects: subs.length }, 'controller serving');
  return {
    ctx,
    async stop() {
      await sweeper?.stop();
      await Promise.allSettled(subs.map((s) => (s.isClosed() ? Promise.resolve() : s.drain())));
      await Promise.allSettled([...inflight]);
    },
  };
}
