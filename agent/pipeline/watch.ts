// Feeds DesiredState from JetStream KV watches. One watch on this host's
// workloads (`wl.<host>.>`) and one per overlay network that has an endpoint
// here or that the host holds (`nw.<net>.ep.>`; hold()/release(), the Docker
// plugin's): membership goes only where it is needed, so a change on one
// network does not wake every host.
//
// `ready` is true only when every open watch has delivered its initial values:
// the reconciler must not plan from a half-loaded state (it would tear down
// workloads that are merely not loaded yet). A watch that ends (or is ended
// by catchUp()) reopens from the revision after the last one it delivered.
//
// Endpoint hints (proto EndpointHints, controller/hints.ts): beside each
// network's watch, a plain subscription to the controller's hints of that
// network; a hint is applied when its revision is newer than both what the
// watch delivered and any hint of that key already applied, and the watch
// later skips what a hint already applied. So a membership change arrives
// with one plain publish rather than a consumer per agent, while the watch
// keeps order, deletions and catch-up (a lost or late hint changes nothing).
import type { KV, KvWatchEntry } from '@nats-io/kv';
import type { NatsConnection, QueuedIterator, Subscription } from '@nats-io/transport-node';
import type { Attachment, Endpoint, Workload } from '../../proto/index.js';
import { codecs, EndpointHints, Keys, parseEndpointKey, parseWorkloadKey } from '../../proto/index.js';
import type { Logger } from '../../lib/log.js';
import { errorMessage } from '../../lib/errors.js';
import { emptyDesired, localOverlayNetworks, type DesiredState } from '../model/desired.js';
import { backoffMs, WAIT_BACKOFF } from '../../lib/backoff.js';

interface Watch {
  iter: QueuedIterator<KvWatchEntry> | undefined;
  ready: boolean;
  stopped: boolean;
  /** The highest revision delivered: a reopened watch resumes after it, so no change (or deletion) is missed. */
  revision: number;
  /** Endpoint watches: revisions applied from hints, per key, until the watch delivers them. */
  hinted?: Map<string, number>;
  hints?: Subscription;
}

/** The part of a KV entry an endpoint handler reads (a watch entry, or a hint). */
type EndpointEntry = Pick<KvWatchEntry, 'key' | 'operation' | 'value' | 'revision'>;

/** Where hints come from: the agent's connection and its bucket. */
export interface HintSource {
  nc: NatsConnection;
  bucket: string;
}

export class DesiredWatcher {
  readonly state: DesiredState = emptyDesired();
  private readonly watches = new Map<string, Watch>();
  private stopped = false;
  /** Per update after the initial values: how long it took from the store to here (metrics). */
  onLagMs: (ms: number) => void = () => {};

  constructor(
    private readonly kv: KV,
    private readonly host: string,
    private readonly onChange: () => void,
    private readonly log: Logger,
    private readonly hintSource?: HintSource,
  ) {}

  /**
   * Ends every open watch; each reopens at once from the revision after the
   * last it delivered. For when the NATS cluster lost a node (or this
   * connection moved to another): a watch's consumer lives on one node, and
   * one lost with it is noticed by the client only after two missed idle
   * heartbeats (a minute), while the host's desired state keeps changing.
   */
  catchUp(): void {
    for (const w of this.watches.values()) w.iter?.stop();
  }

  /**
   * Keeps the overlay network `a.network` on this host with no endpoint here
   * (DesiredState.held): its membership is watched and its namespace built.
   */
  hold(a: Attachment): void {
    this.state.held.set(a.network!, a);
    this.syncNetworkWatches();
    this.onChange();
  }

  release(network: string): void {
    if (!this.state.held.delete(network)) return;
    this.syncNetworkWatches();
    this.onChange();
  }

  get ready(): boolean {
    return [...this.watches.values()].every((w) => w.ready);
  }

  async start(): Promise<void> {
    await this.open(Keys.workloadsOfHost(this.host), (e) => this.onWorkload(e));
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.watches.values()) this.close(w);
    this.watches.clear();
  }

  private onWorkload(e: KvWatchEntry): void {
    const key = parseWorkloadKey(e.key);
    if (!key || key.host !== this.host) return;
    if (e.operation !== 'PUT') {
      this.state.workloads.delete(key.name);
    } else {
      const w = this.decode<Workload>(() => codecs.workload.decode(e.value), e.key);
      if (!w) return;
      this.state.workloads.set(key.name, w);
    }
    this.syncNetworkWatches();
  }

  private onEndpoint(network: string, e: EndpointEntry): void {
    const key = parseEndpointKey(e.key);
    const eps = this.state.endpoints.get(network);
    if (!key || !eps) return;
    if (e.operation !== 'PUT') {
      eps.delete(key.workload);
      return;
    }
    const ep = this.decode<Endpoint>(() => codecs.endpoint.decode(e.value), e.key);
    if (ep) eps.set(key.workload, ep);
  }

  /** Opens watches for networks newly used on this host; closes the ones no longer used. */
  private syncNetworkWatches(): void {
    const wanted = localOverlayNetworks(this.state.workloads.values(), this.state.held.keys());
    for (const net of wanted) {
      if (this.state.endpoints.has(net)) continue;
      this.state.endpoints.set(net, new Map());
      const filter = Keys.endpointsOf(net);
      void this.open(filter, (e, w) => this.onWatchedEndpoint(net, e, w)).catch((err) =>
        this.log.error({ err: errorMessage(err), network: net }, 'cannot watch network membership'),
      );
      this.subscribeHints(net, filter);
    }
    for (const net of [...this.state.endpoints.keys()]) {
      if (wanted.has(net)) continue;
      this.state.endpoints.delete(net);
      const w = this.watches.get(Keys.endpointsOf(net));
      if (w) {
        this.close(w);
        this.watches.delete(Keys.endpointsOf(net));
      }
    }
  }

  /** An endpoint entry from the network's watch: skipped when a hint already applied it (or a newer revision). */
  private onWatchedEndpoint(net: string, e: KvWatchEntry, w: Watch): void {
    const hinted = w.hinted?.get(e.key);
    if (hinted !== undefined) {
      // The watch has reached (or passed) this hint: it needs no keeping.
      if (hinted <= e.revision) w.hinted!.delete(e.key);
      if (hinted >= e.revision) return;
    }
    this.onEndpoint(net, e);
  }

  private close(w: Watch): void {
    w.stopped = true;
    w.iter?.stop();
    w.hints?.unsubscribe();
  }

  /** The controller's hints of network `net`, applied beside its watch (`filter`, opened just before). */
  private subscribeHints(net: string, filter: string): void {
    const src = this.hintSource;
    const w = this.watches.get(filter);
    if (!src || !w) return;
    w.hinted = new Map();
    try {
      w.hints = src.nc.subscribe(EndpointHints.of(src.bucket, filter), {
        callback: (err, msg) => {
          if (err || w.stopped || this.stopped) return;
          const key = EndpointHints.keyOf(src.bucket, msg.subject);
          const revision = Number(msg.headers?.get(EndpointHints.REVISION_HEADER));
          if (!key || !parseEndpointKey(key) || !Number.isSafeInteger(revision) || revision <= 0) return;
          // Older than what the watch delivered, or than a hint already applied: stale.
          if (revision <= w.revision || revision <= (w.hinted!.get(key) ?? 0)) return;
          w.hinted!.set(key, revision);
          this.onEndpoint(net, { key, operation: 'PUT', value: msg.data, revision });
          this.onChange();
        },
      });
    } catch (err) {
      // No hints (e.g. credentials without the subject): the watch alone delivers.
      this.log.warn({ network: net, err: errorMessage(err) }, 'cannot subscribe to endpoint hints');
    }
  }

  private decode<T>(fn: () => T, key: string): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.log.error({ key, err: errorMessage(err) }, 'ignoring malformed KV entry');
      return undefined;
    }
  }

  /**
   * Watches `filter` until stopped, re-opening the watch if the server ends it.
   * Readiness: if the filter had no keys when the watch opened, it is ready at
   * once; otherwise when the last initial value arrives (isUpdate flips).
   * Opening is retried until it works (NATS or JetStream away, e.g. just after
   * an outage): a watch that never opened would keep the agent not ready forever.
   */
  private async open(filter: string, handle: (e: KvWatchEntry, w: Watch) => void): Promise<void> {
    const w: Watch = { iter: undefined, ready: false, stopped: false, revision: 0 };
    this.watches.set(filter, w);
    let initialKeys = 0;
    for (let attempt = 0; ; attempt++) {
      if (w.stopped || this.stopped) return;
      try {
        initialKeys = await countKeys(this.kv, filter);
        w.iter = await this.kv.watch({ key: filter });
        break;
      } catch (err) {
        if (attempt % 10 === 0) this.log.warn({ filter, err: errorMessage(err) }, 'cannot open watch; retrying');
        await new Promise((r) => setTimeout(r, backoffMs(attempt, WAIT_BACKOFF)));
      }
    }
    if (w.stopped || this.stopped) {
      w.iter.stop();
      return;
    }
    if (initialKeys === 0) w.ready = true;
    this.onChange();
    void (async () => {
      for (;;) {
        try {
          for await (const e of w.iter!) {
            handle(e, w);
            w.revision = Math.max(w.revision, e.revision);
            if (e.isUpdate) {
              w.ready = true;
              this.onLagMs(Date.now() - e.created.getTime());
            }
            this.onChange();
          }
        } catch (err) {
          this.log.warn({ filter, err: errorMessage(err) }, 'watch ended; reopening');
        }
        if (w.stopped || this.stopped) return;
        await new Promise((r) => setTimeout(r, 500));
        try {
          w.iter = await this.kv.watch({ key: filter, ...(w.revision > 0 ? { resumeFromRevision: w.revision + 1 } : {}) });
        } catch (err) {
          this.log.warn({ filter, err: errorMessage(err) }, 'cannot reopen watch');
        }
      }
    })();
  }
}

async function countKeys(kv: KV, filter: string): Promise<number> {
  let n = 0;
  for await (const _ of await kv.keys(filter)) n++;
  return n;
}

/**
 * Catches the watcher's watches up when the connection says the cluster
 * changed: this connection moved to another node, or the server announced
 * new cluster addresses (it does when a node leaves or joins). A watch's
 * consumer lives on one node, not necessarily the one this connection uses:
 * left alone, the client notices a lost one after 60 to 90 s (two missed
 * 30 s heartbeats). The announcement counts even when it names no server as
 * deleted: the client reports deletions only for addresses it learned from
 * the cluster, never for the ones it was configured with (an agent is given
 * every node).
 */
export function catchUpOnClusterChange(nc: NatsConnection, watcher: DesiredWatcher): void {
  void (async () => {
    for await (const st of nc.status()) {
      if (st.type === 'reconnect' || st.type === 'update') watcher.catchUp();
    }
  })();
}
