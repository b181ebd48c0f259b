// Answers the controller's "are these host ports free?" (vxnet.host.<h>.portcheck)
// before it commits a run with published ports: a port some process already
// listens on (TCP) or is bound to (UDP) in this host's namespace would be
// shadowed by vxnet's DNAT, so the run is refused instead. Reads
// /proc/net/{tcp,tcp6,udp,udp6} of the agent's own namespace: no process spawn.
// The agent's own [::1] listeners (services/loopback6.ts) are not "another process".
// Must never change anything; it only reads.
import { readFile } from 'node:fs/promises';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { RequestServer } from './request-server.js';
import { codecs, HostSubjects, Protocol, type HostPort, type PortCheckReply } from '../../proto/index.js';
import { Code, errorMessage } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { formatIp6 } from '../../lib/ip6.js';

export interface Socket {
  protocol: 'tcp' | 'udp';
  /** IPv4 text ('0.0.0.0' for the wildcard, and for v4-mapped IPv6), or canonical IPv6 text ('::' for the wildcard). */
  addr: string;
  port: number;
}

function v4(hex: string): string {
  // /proc/net stores the address as a host-order (little-endian here) 32-bit word.
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
}

function v6(hex: string): string {
  // v4-mapped ::ffff:a.b.c.d: the first three words are 0, 0, 0000ffff (host order: FFFF0000).
  if (/^0{16}FFFF0000/i.test(hex)) return v4(hex.slice(24));
  // Four 32-bit words, each in host order (little-endian here).
  let n = 0n;
  for (let w = 0; w < 4; w++) for (const i of [6, 4, 2, 0]) n = (n << 8n) | BigInt(parseInt(hex.slice(8 * w + i, 8 * w + i + 2), 16));
  return formatIp6(n);
}

/** Sockets listening (TCP state 0A) or bound (every UDP socket) in one /proc/net table. */
export function parseProcNet(text: string, protocol: 'tcp' | 'udp', ipv6: boolean): Socket[] {
  const out: Socket[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    const [addrHex, portHex] = f[1]!.split(':');
    if (!addrHex || !portHex) continue;
    if (protocol === 'tcp' && f[3] !== '0A') continue;
    out.push({ protocol, addr: ipv6 ? v6(addrHex) : v4(addrHex), port: parseInt(portHex, 16) });
  }
  return out;
}

const protoName = (p: HostPort['protocol']) => (p === Protocol.UDP ? 'udp' : 'tcp');

/**
 * Whether a socket's address takes traffic for a published host address: ''
 * is every address of both families, 0.0.0.0 every IPv4 one, :: every IPv6
 * one; a socket on :: also takes IPv4 (unless IPV6_V6ONLY, not visible here).
 */
function overlaps(hostIp: string, addr: string): boolean {
  if (!hostIp || addr === '::' || addr === hostIp) return true;
  const addr6 = addr.includes(':');
  if (hostIp === '0.0.0.0') return !addr6;
  if (hostIp === '::') return addr6;
  return addr === (hostIp.includes(':') ? '::' : '0.0.0.0');
}

/** The asked ports a socket holds: same protocol and port, and the addresses overlap. */
export function portsInUse(asked: readonly HostPort[], sockets: readonly Socket[]): HostPort[] {
  return asked.filter((a) =>
    sockets.some((s) => s.protocol === protoName(a.protocol) && s.port === a.port && overlaps(a.hostIp ?? '', s.addr)),
  );
}

export type ProcReader = (file: string) => Promise<string>;

export async function listeningSockets(read: ProcReader = (f) => readFile(f, 'utf8')): Promise<Socket[]> {
  const tables: [string, 'tcp' | 'udp', boolean][] = [
    ['tcp', 'tcp', false],
    ['tcp6', 'tcp', true],
    ['udp', 'udp', false],
    ['udp6', 'udp', true],
  ];
  const all = await Promise.all(
    tables.map(async ([file, proto, ipv6]) => {
      try {
        return parseProcNet(await read(`/proc/net/${file}`), proto, ipv6);
      } catch {
        return []; // no IPv6 in this kernel: nothing listens there
      }
    }),
  );
  return all.flat();
}

export class PortCheckServer extends RequestServer {
  constructor(
    nc: NatsConnection,
    host: string,
    private readonly log: Logger,
    private readonly read?: ProcReader,
    /** The agent's own listeners on [::1] (published IPv6 ports it serves itself). */
    private readonly own: () => readonly { protocol: 'tcp' | 'udp'; port: number }[] = () => [],
  ) {
    super(nc, HostSubjects.portcheck(host));
  }

  protected async handle(msg: Msg): Promise<void> {
    let reply: PortCheckReply;
    try {
      const req = codecs.portCheckRequest.decode(msg.data);
      const own = this.own();
      const sockets = (await listeningSockets(this.read)).filter(
        (s) => !(s.addr === '::1' && own.some((o) => o.protocol === s.protocol && o.port === s.port)),
      );
      reply = { inUse: portsInUse(req.ports ?? [], sockets) };
    } catch (err) {
      reply = { error: { code: Code.INVALID_ARGUMENT, message: errorMessage(err) } };
    }
    if ((reply.inUse ?? []).length > 0) this.log.info({ inUse: reply.inUse }, 'host ports asked for are in use');
    if (msg.reply) msg.respond(codecs.portCheckReply.encode(reply));
  }
}
