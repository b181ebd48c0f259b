// Published IPv6 ports on [::1], served by the agent itself (Docker's
// docker-proxy does the same): Linux cannot DNAT IPv6 loopback traffic (::1
// is routed only on lo, strictly, so a workload's replies to it are dropped),
// so for every port modes/firewall.ts's loopback6Ports() lists, a socket on
// [::1]:PORT relays to the workload's IPv6 address. TCP streams are piped;
// UDP gets one upstream socket per client, closed after a minute idle.
// Must never: listen anywhere but ::1, relay anywhere but the targets it is
// given, or hold a port once it is no longer published (sync() closes it).
import { createServer, connect, type Server, type Socket as TcpSocket } from 'node:net';
import { createSocket, type Socket as UdpSocket, type RemoteInfo } from 'node:dgram';
import type { Loopback6Port } from '../modes/firewall.js';
import { errorMessage } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';

const UDP_IDLE_MS = 60_000;

interface Served {
  port: Loopback6Port;
  close(): void;
}

const keyOf = (p: Pick<Loopback6Port, 'protocol' | 'port'>) => `${p.protocol}/${p.port}`;

export class Loopback6Proxy {
  private readonly served = new Map<string, Served>();

  constructor(private readonly log: Logger) {}

  /** What is served now ([::1] sockets the host port check must not count as another process). */
  held(): { protocol: 'tcp' | 'udp'; port: number }[] {
    return [...this.served.values()].map((s) => ({ protocol: s.port.protocol, port: s.port.port }));
  }

  /** Serves exactly `ports`: new ones opened, gone ones closed, a changed target used by new connections. */
  sync(ports: readonly Loopback6Port[]): void {
    const want = new Map(ports.map((p) => [keyOf(p), p]));
    for (const [k, s] of this.served) {
      if (want.has(k)) continue;
      s.close();
      this.served.delete(k);
    }
    for (const [k, p] of want) {
      const have = this.served.get(k);
      if (have) {
        have.port = p;
        continue;
      }
      const entry: Served = { port: p, close: () => {} };
      const onError = (err: unknown) => {
        // A port some process holds: leave it to the next sync (the controller's port check refuses such runs).
        this.log.warn({ err: errorMessage(err), port: k }, 'cannot serve a published IPv6 port on [::1]');
        if (this.served.get(k) === entry) this.served.delete(k);
        entry.close();
      };
      entry.close = p.protocol === 'tcp' ? this.tcp(entry, onError) : this.udp(entry, onError);
      this.served.set(k, entry);
    }
  }

  stop(): void {
    this.sync([]);
  }

  private tcp(entry: Served, onError: (err: unknown) => void): () => void {
    const conns = new Set<TcpSocket>();
    const server: Server = createServer((client) => {
      const up = connect({ host: entry.port.target, port: entry.port.targetPort });
      for (const s of [client, up]) {
        conns.add(s);
        s.on('error', () => {
          client.destroy();
          up.destroy();
        });
        s.on('close', () => conns.delete(s));
      }
      client.pipe(up).pipe(client);
    });
    server.on('error', onError);
    server.listen({ host: '::1', port: entry.port.port, ipv6Only: true });
    return () => {
      if (server.listening) server.close();
      for (const c of conns) c.destroy();
    };
  }

  private udp(entry: Served, onError: (err: unknown) => void): () => void {
    const flows = new Map<string, { up: UdpSocket; timer: NodeJS.Timeout }>();
    const server = createSocket({ type: 'udp6', ipv6Only: true });
    const end = (k: string) => {
      const f = flows.get(k);
      if (!f) return;
      clearTimeout(f.timer);
      f.up.close();
      flows.delete(k);
    };
    server.on('message', (msg: Buffer, from: RemoteInfo) => {
      const k = `${from.address}/${from.port}`;
      let f = flows.get(k);
      if (!f) {
        const up = createSocket('udp6');
        up.on('message', (reply) => server.send(reply, from.port, from.address));
        up.on('error', () => end(k));
        f = { up, timer: setTimeout(() => end(k), UDP_IDLE_MS).unref() };
        flows.set(k, f);
      }
      f.timer.refresh();
      f.up.send(msg, entry.port.targetPort, entry.port.target);
    });
    server.on('error', onError);
    server.bind({ address: '::1', port: entry.port.port });
    return () => {
      for (const k of [...flows.keys()]) end(k);
      try {
        server.close();
      } catch {
        /* already closed */
      }
    };
  }
}
