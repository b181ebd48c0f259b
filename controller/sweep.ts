// Repairs what a controller killed in the middle of a request leaves behind:
// claims (name.*, ip.* of both families, port.*) and endpoints (nw.*.ep.*) that belong to no
// workload. `run` writes its claims and endpoints before the Workload, and
// `rm` deletes the Workload first, so a crash in between leaves them orphaned:
// the name stays taken, the address and port are never handed out again, and
// other hosts install FDB entries for an endpoint that does not exist.
// Mark and sweep, no clocks compared across machines: an entry is removed only
// when this process saw it orphaned, at the same revision, at least one grace
// period earlier (far longer than any request runs), and the delete is
// conditional on that revision. Every controller may sweep: deletes are
// revision-checked, and losing one to another controller is harmless.
// Must never: remove an entry a workload holds, or one orphaned for less than the grace period.
import { ConflictError, errorMessage } from '../lib/errors.js';
import { fromKeyToken } from '../lib/names.js';
import type { Logger } from '../lib/log.js';
import { codecs, ipOfClaimKey, Keys, type Endpoint, type Workload } from '../proto/index.js';
import { parseNameClaim } from './claims.js';
import { entries, matchFilter, type Store } from './store.js';

const dec = new TextDecoder();

export interface SweepEntry {
  key: string;
  value: Uint8Array;
  revision: number;
}

/** Keys among `claims` (name/ip/port claims and endpoints) that no workload in `workloads` holds. */
export function findOrphans(claims: readonly SweepEntry[], workloads: readonly Workload[]): string[] {
  const byName = new Map(workloads.map((w) => [w.name!, w]));
  const out: string[] = [];
  for (const { key, value } of claims) {
    if (!held(key, value, byName)) out.push(key);
  }
  return out;
}

function held(key: string, value: Uint8Array, byName: Map<string, Workload>): boolean {
  if (key.startsWith('name.')) {
    const w = byName.get(fromKeyToken(key.slice('name.'.length)));
    return !!w && w.host === parseNameClaim(value).host;
  }
  if (key.startsWith('ip.')) {
    const { networkId, ip } = ipOfClaimKey(key);
    const w = byName.get(dec.decode(value));
    const gp = w?.gatewayPath;
    return (
      !!w?.attachments?.some((a) => a.networkId === networkId && (a.ip === ip || a.ip6 === ip)) ||
      (gp?.networkId === networkId && gp.ip === ip)
    );
  }
  if (key.startsWith('port.')) {
    const [, host, proto, port] = key.split('.');
    const w = byName.get(dec.decode(value));
    return !!w && w.host === host && !!w.ports?.some((p) => p.hostPort === Number(port) && (p.protocol === 2 ? 'udp' : 'tcp') === proto);
  }
  if (key.startsWith('nw.')) {
    let ep: Endpoint;
    try {
      ep = codecs.endpoint.decode(value);
    } catch {
      return false;
    }
    return !!byName.get(ep.workload!)?.attachments?.some((a) => a.network === ep.network);
  }
  return true; // not a claim: never ours to remove
}

/** The workload that would hold a claim or endpoint: its name, and its host when the entry says it. */
function ownerOf(e: SweepEntry): { name: string; host?: string } | undefined {
  if (e.key.startsWith('name.')) return { name: fromKeyToken(e.key.slice('name.'.length)), host: parseNameClaim(e.value).host };
  if (e.key.startsWith('ip.')) return { name: dec.decode(e.value) };
  if (e.key.startsWith('port.')) return { name: dec.decode(e.value), host: e.key.split('.')[1]! };
  if (e.key.startsWith('nw.')) {
    try {
      const ep = codecs.endpoint.decode(e.value);
      return ep.workload ? { name: ep.workload, ...(ep.host ? { host: ep.host } : {}) } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** What the sweep lists: every kind of claim, and endpoints. */
const CLAIM_FILTERS = [Keys.workloadNamePrefix, 'ip.>', 'port.>', 'nw.*.ep.*'];

/** Endpoints first (hosts drop their FDB entries), the name claim last: the order `rm` uses. */
const ORDER = (key: string) => (key.startsWith('nw.') ? 0 : key.startsWith('name.') ? 2 : 1);

export class OrphanSweeper {
  private readonly marks = new Map<string, { revision: number; since: number }>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly store: Store,
    private readonly graceMs: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * One pass: marks new orphans, removes those orphaned (unchanged) for a
   * grace period. Returns the removed keys. A failing cluster (a new stream
   * leader, a consumer placed on a dead node) fails some listings and reads:
   * the pass goes on with what it could read (each claim is judged alone),
   * and keeps the marks of what it could not; only the workload listing is
   * required, since every judgement rests on it.
   */
  async sweep(): Promise<string[]> {
    // Claims are listed before workloads are read: a workload written in between is seen.
    const claims: SweepEntry[] = [];
    const unread = new Set<string>();
    let failure: unknown;
    for (const filter of CLAIM_FILTERS) {
      try {
        const keys = await this.store.keys(filter);
        const got = await Promise.allSettled(keys.map((key) => this.store.get(key)));
        keys.forEach((key, i) => {
          const r = got[i]!;
          if (r.status === 'rejected') {
            failure ??= r.reason;
            unread.add(key);
          } else if (r.value) claims.push({ key, value: r.value.value, revision: r.value.revision });
        });
      } catch (err) {
        failure ??= err;
        for (const key of this.marks.keys()) if (matchFilter(filter, key)) unread.add(key);
      }
    }
    const workloads = (await entries(this.store, Keys.workloadsAll, (b) => codecs.workload.decode(b))).map((e) => e.value);
    if (failure) this.log.warn({ err: errorMessage(failure) }, 'orphan sweep could not read everything; it judged what it read');
    const orphans = new Set(findOrphans(claims, workloads));
    const now = this.now();
    const due: SweepEntry[] = [];
    for (const e of claims) {
      if (!orphans.has(e.key)) continue;
      const mark = this.marks.get(e.key);
      if (mark && mark.revision === e.revision) {
        if (now - mark.since >= this.graceMs) due.push(e);
      } else {
        this.marks.set(e.key, { revision: e.revision, since: now });
      }
    }
    // A mark goes when its entry was read and is held, or is gone; not when it could not be read.
    for (const key of [...this.marks.keys()]) if (!orphans.has(key) && !unread.has(key)) this.marks.delete(key);
    const removed: string[] = [];
    const still = await this.stillOrphaned(due);
    for (const e of due.filter((x) => still.has(x.key)).sort((a, b) => ORDER(a.key) - ORDER(b.key))) {
      try {
        await this.store.delete(e.key, e.revision);
        removed.push(e.key);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err; // it changed: no longer the orphan we saw
      } finally {
        this.marks.delete(e.key);
      }
    }
    if (removed.length > 0) this.log.warn({ removed }, 'removed claims and endpoints left by an interrupted request');
    return removed;
  }

  /**
   * The keys of `due` that are orphans still, by a fresh read of each owner's
   * workload key (a listing seen by a replica behind the leader could miss a
   * workload; a get of one key is answered by the leader). An owner that
   * cannot be read keeps its entry: the next pass decides.
   */
  private async stillOrphaned(due: readonly SweepEntry[]): Promise<Set<string>> {
    const owners = new Map<string, Workload | null | undefined>();
    const read = async (name: string, host?: string): Promise<void> => {
      if (owners.has(name)) return;
      owners.set(name, undefined);
      try {
        const on = host ?? (await this.store.get(Keys.workloadName(name)))?.value;
        const h = typeof on === 'string' ? on : on ? parseNameClaim(on).host : undefined;
        const e = h ? await this.store.get(Keys.workload(h, name)) : null;
        owners.set(name, e ? codecs.workload.decode(e.value) : null);
      } catch {
        owners.delete(name);
      }
    };
    for (const e of due) {
      const o = ownerOf(e);
      if (o) await read(o.name, o.host);
    }
    const byName = new Map<string, Workload>();
    for (const [name, w] of owners) if (w) byName.set(name, w);
    const out = new Set<string>();
    for (const e of due) {
      const o = ownerOf(e);
      if (!o || (owners.has(o.name) && !held(e.key, e.value, byName))) out.add(e.key); // no owner at all: unreadable, an orphan
    }
    return out;
  }

  /** Sweeps now and then every `everyMs`; failures (NATS away) are logged and retried next time. */
  start(everyMs: number): void {
    const tick = () => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((err) => this.log.warn({ err: errorMessage(err) }, 'orphan sweep failed; will retry'))
        .finally(() => {
          this.running = undefined;
        });
    };
    tick();
    this.timer = setInterval(tick, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
