// Listening sockets for the agent's resolver, opened in a given network
// namespace: in the agent's own one directly, in any other through a
// short-lived `nsenter --net=/run/netns/NS node ns-socket-child.js` that binds
// there and passes the handles over Node's IPC channel (Node cannot enter a
// namespace itself). One child per (namespace, address) for the life of the
// socket, not per workload: the resolver opens one per network gateway.
// Owns closing them before their namespace is deleted (linux.ts calls
// closeIn): a socket keeps a deleted namespace alive, and with it its vxlan
// device, whose VNI could then not be created again.
// Must never leave the child running (killed on timeout), never bind
// anything but the given address.
import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { KernelCommandError } from '../../lib/errors.js';

export interface DnsSockets {
  udp: Socket;
  tcp: Server;
}

const CHILD = fileURLToPath(new URL('./ns-socket-child.js', import.meta.url));
const TIMEOUT_MS = 10_000;

export class NamespaceSockets {
  private readonly open = new Map<string, Set<DnsSockets>>();

  /** UDP and TCP sockets bound to address:port inside netns (undefined = the agent's own namespace). */
  async bind(netns: string | undefined, address: string, port: number): Promise<DnsSockets> {
    const s = netns ? await bindThrough(netns, address, port) : await bindHere(address, port);
    const key = netns ?? '';
    const set = this.open.get(key) ?? new Set<DnsSockets>();
    this.open.set(key, set);
    set.add(s);
    const forget = () => set.delete(s);
    s.udp.once('close', forget);
    return s;
  }

  /** Closes every socket opened in netns (before it is deleted). */
  closeIn(netns: string): void {
    for (const s of this.open.get(netns) ?? []) closeSockets(s);
    this.open.delete(netns);
  }
}

function closeSockets(s: DnsSockets): void {
  try {
    s.udp.close();
  } catch {
    /* already closed */
  }
  s.tcp.close();
}

function bindHere(address: string, port: number): Promise<DnsSockets> {
  return new Promise((resolve, reject) => {
    const udp = createSocket({ type: 'udp4' });
    udp.once('error', reject);
    udp.bind({ address, port, exclusive: true }, () => {
      udp.removeListener('error', reject);
      const tcp = createServer();
      tcp.once('error', (err) => {
        udp.close();
        reject(err);
      });
      tcp.listen({ host: address, port, exclusive: true }, () => {
        tcp.removeAllListeners('error');
        resolve({ udp, tcp });
      });
    });
  });
}

function bindThrough(netns: string, address: string, port: number): Promise<DnsSockets> {
  const argv = ['nsenter', `--net=/run/netns/${netns}`, '--', process.execPath, CHILD, address, String(port)];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    let stderr = '';
    let udp: Socket | undefined;
    let tcp: Server | undefined;
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.connected) child.disconnect();
      if (err) {
        child.kill('SIGKILL');
        if (udp) udp.close();
        if (tcp) tcp.close();
        reject(err);
      } else resolve({ udp: udp!, tcp: tcp! });
    };
    const timer = setTimeout(
      () => finish(new KernelCommandError(argv, netns, undefined, `no sockets within ${TIMEOUT_MS} ms`, undefined)),
      TIMEOUT_MS,
    );
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('message', (kind: unknown, handle: unknown) => {
      if (kind === 'udp') udp = handle as Socket;
      if (kind === 'tcp') tcp = handle as Server;
      if (udp && tcp) finish();
    });
    child.on('error', (err) => finish(new KernelCommandError(argv, netns, undefined, err.message, undefined, { cause: err })));
    child.on('exit', (code) => finish(new KernelCommandError(argv, netns, code ?? undefined, stderr || 'exited early', undefined)));
  });
}
