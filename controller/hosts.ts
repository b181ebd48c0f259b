// Hosts: the registry of agents, built from heartbeats, and the latest
// AgentStatus of each host (kept in memory by every controller).
// Owns: Keys.host records (first_seen kept, last_seen refreshed, writes
// throttled per host) and the ready/down verdict. Must never: trust a
// heartbeat that speaks for another host than its subject names.
import { NotFound, errorMessage } from '../lib/errors.js';
import { checkHostName } from '../lib/names.js';
import type { Logger } from '../lib/log.js';
import { codecs, hostOfSubject, Keys, type AgentStatus, type Heartbeat, type Host, type HostView } from '../proto/index.js';
import type { DomainConfig } from './config.js';
import { entries, type Store } from './store.js';
import { byCodeUnit } from '../lib/order.js';

async function readHost(store: Store, name: string): Promise<Host | undefined> {
  const e = await store.get(Keys.host(name));
  return e ? decodeHost(e.value) : undefined;
}

/** int64 fields decode as Long objects (protobufjs with `long` installed): make them numbers. */
function decodeHost(bytes: Uint8Array): Host {
  const h = codecs.host.decode(bytes);
  h.firstSeenMs = Number(h.firstSeenMs ?? 0);
  h.lastSeenMs = Number(h.lastSeenMs ?? 0);
  return h;
}

/** The host a workload goes to: it must have sent a heartbeat. */
export async function requireHost(store: Store, name: string): Promise<Host> {
  checkHostName(name);
  const h = await readHost(store, name);
  if (!h) throw new NotFound(`unknown host ${name}: see \`vxnet host ls\``);
  return h;
}

export class Hosts {
  private readonly lastWrite = new Map<string, { at: number; sig: string }>();
  /** Host records read or written here, for require(): at most heartbeatWriteMs old. */
  private readonly recent = new Map<string, { host: Host; at: number }>();
  private readonly statuses = new Map<string, AgentStatus>();

  constructor(
    private readonly store: Store,
    private readonly config: DomainConfig,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Like requireHost(), from a record read or written by this controller less
   * than heartbeatWriteMs ago when there is one (a host record changes only
   * through heartbeats, written at most that often unless the host's settings
   * change; runs then see the new settings within that time).
   */
  async require(name: string): Promise<Host> {
    const hit = this.recent.get(name);
    if (hit && this.now() - hit.at < this.config.heartbeatWriteMs) return hit.host;
    const at = this.now();
    const host = await requireHost(this.store, name);
    this.recent.set(name, { host, at });
    return host;
  }

  /** A heartbeat arrived on `subject`. Returns true when the host record was written. */
  async onHeartbeat(subject: string, data: Uint8Array): Promise<boolean> {
    let hb: Heartbeat;
    try {
      hb = codecs.heartbeat.decode(data);
      checkHostName(hb.host!);
    } catch (err) {
      this.log.warn({ subject, err: errorMessage(err) }, 'dropping malformed heartbeat');
      return false;
    }
    const from = hostOfSubject(subject);
    if (from !== hb.host) {
      this.log.warn({ subject, claimed: hb.host }, 'dropping heartbeat that speaks for another host');
      return false;
    }
    const name = hb.host!;
    const now = this.now();
    const sig = [
      hb.underlayIp,
      hb.mtu,
      hb.vxlanPort,
      hb.agentVersion,
      hb.bridgeSubnet,
      hb.bridgeGateway,
      hb.bridgeIpRange,
      hb.gwbridgeSubnet,
      hb.gwbridgeGateway,
      hb.bridgeSubnet6,
      hb.bridgeGateway6,
      hb.gwbridgeSubnet6,
      hb.gwbridgeGateway6,
    ].join('|');
    const last = this.lastWrite.get(name);
    if (last && last.sig === sig && now - last.at < this.config.heartbeatWriteMs) return false;
    this.lastWrite.set(name, { at: now, sig });
    const prev = await readHost(this.store, name).catch(() => undefined);
    const host: Host = {
      name,
      underlayIp: hb.underlayIp ?? '',
      mtu: hb.mtu ?? 0,
      vxlanPort: hb.vxlanPort ?? 0,
      firstSeenMs: prev?.firstSeenMs ?? now,
      lastSeenMs: now,
      agentVersion: hb.agentVersion ?? '',
      bridgeSubnet: hb.bridgeSubnet ?? '',
      bridgeGateway: hb.bridgeGateway ?? '',
      bridgeIpRange: hb.bridgeIpRange ?? '',
      gwbridgeSubnet: hb.gwbridgeSubnet ?? '',
      gwbridgeGateway: hb.gwbridgeGateway ?? '',
      bridgeSubnet6: hb.bridgeSubnet6 ?? '',
      bridgeGateway6: hb.bridgeGateway6 ?? '',
      gwbridgeSubnet6: hb.gwbridgeSubnet6 ?? '',
      gwbridgeGateway6: hb.gwbridgeGateway6 ?? '',
    };
    try {
      await this.store.put(Keys.host(name), codecs.host.encode(host));
      this.recent.set(name, { host, at: now });
    } catch (err) {
      this.lastWrite.delete(name);
      this.recent.delete(name);
      throw err;
    }
    if (!prev) this.log.info({ host: name, underlay: host.underlayIp }, 'host registered');
    return true;
  }

  /** Records an agent's status; returns it when it is the newest from that host. */
  onStatus(subject: string, data: Uint8Array): AgentStatus | undefined {
    try {
      const st = codecs.agentStatus.decode(data);
      if (hostOfSubject(subject) !== st.host) throw new Error(`subject names host ${hostOfSubject(subject)}, status says ${st.host}`);
      const prev = this.statuses.get(st.host!);
      if (prev && Number(prev.sentMs ?? 0) > Number(st.sentMs ?? 0)) return undefined;
      this.statuses.set(st.host!, st);
      return st;
    } catch (err) {
      this.log.warn({ subject, err: errorMessage(err) }, 'dropping malformed agent status');
      return undefined;
    }
  }

  status(host: string): AgentStatus | undefined {
    return this.statuses.get(host);
  }

  /**
   * down: no heartbeat for hostDownAfterMs; degraded: alive, but its agent's
   * last reconcile pass failed (it retries with backoff: a one-off failure
   * clears on the next pass, one that keeps failing stays visible here with
   * its error in `status.lastError`); ready otherwise.
   */
  stateOf(h: Host): 'ready' | 'down' | 'degraded' {
    if (this.now() - Number(h.lastSeenMs ?? 0) > this.config.hostDownAfterMs) return 'down';
    return this.statuses.get(h.name!)?.lastError ? 'degraded' : 'ready';
  }

  async list(names: readonly string[]): Promise<HostView[]> {
    const all = await entries(this.store, Keys.hostPrefix, decodeHost);
    const hosts = all.map((e) => e.value).sort((a, b) => byCodeUnit(a.name!, b.name!));
    const wanted = names.filter(Boolean);
    for (const n of wanted) {
      if (!hosts.some((h) => h.name === n)) throw new NotFound(`unknown host ${n}: see \`vxnet host ls\``);
    }
    return hosts
      .filter((h) => wanted.length === 0 || wanted.includes(h.name!))
      .map((h) => {
        const status = this.statuses.get(h.name!);
        return { host: h, state: this.stateOf(h), ...(status ? { status } : {}) };
      });
  }
}
