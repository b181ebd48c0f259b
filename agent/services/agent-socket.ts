// The agent's root-only unix socket (lib/agent-protocol.ts): one JSON request
// per connection, answered from the AttachService. The directory is made
// 0700 and the socket 0600 before anyone can connect through it; a stale
// socket file (no one answering) is replaced, a live one is refused.
// Also owns the liveness sweep of attached endpoints: runtimes lose DELs
// (containerd's `run -d` + `task delete` never sends one), so an endpoint whose
// namespace path is gone, or now names another namespace, is released.
// Must never: parse more than MAX_AGENT_REQUEST_BYTES, or answer anything
// that is not the one JSON reply line.
import { chmod, mkdir, rm, stat } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import {
  AGENT_PROTOCOL_VERSION,
  MAX_AGENT_REQUEST_BYTES,
  type AgentErrorCode,
  type AgentReply,
  type AgentRequest,
} from '../../lib/agent-protocol.js';
import { Code, VxnetError, errorMessage } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { NETNS_DIR } from '../kernel/iproute.js';
import { namespaceOf } from '../model/naming.js';
import { isNetns, type AttachService } from './attach.js';

const CODE_NAMES: Partial<Record<Code, AgentErrorCode>> = {
  [Code.INVALID_ARGUMENT]: 'INVALID_ARGUMENT',
  [Code.NOT_FOUND]: 'NOT_FOUND',
  [Code.ALREADY_EXISTS]: 'ALREADY_EXISTS',
  [Code.EXHAUSTED]: 'EXHAUSTED',
  [Code.FAILED_PRECONDITION]: 'FAILED_PRECONDITION',
  [Code.CONFLICT]: 'CONFLICT',
  [Code.UNAVAILABLE]: 'UNAVAILABLE',
  [Code.PERMISSION_DENIED]: 'PERMISSION_DENIED',
};

class BadRequest extends Error {
  override name = 'BadRequest';
}

export interface AgentSocketOptions {
  path: string;
  /** Whether the agent's last reconcile converged (STATUS). */
  converged: () => boolean;
  prefix: string;
  log: Logger;
  /** Period of the liveness sweep of attached endpoints (default 5 s; 0 = off). */
  livenessMs?: number;
}

export class AgentSocket {
  private server: Server | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;

  constructor(
    private readonly attach: AttachService,
    private readonly o: AgentSocketOptions,
  ) {}

  async start(): Promise<void> {
    await mkdir(dirname(this.o.path), { recursive: true, mode: 0o700 });
    await chmod(dirname(this.o.path), 0o700);
    if (await answers(this.o.path)) throw new Error(`another process serves ${this.o.path}: stop it or give the agent another --socket`);
    await rm(this.o.path, { force: true });
    const server = createServer((sock) => this.serve(sock));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.o.path, () => resolve());
    });
    await chmod(this.o.path, 0o600);
    this.server = server;
    const every = this.o.livenessMs ?? 5000;
    if (every > 0) {
      this.timer = setInterval(() => void this.sweep(), every);
      this.timer.unref();
    }
    this.o.log.info({ socket: this.o.path }, 'agent socket listening');
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    await rm(this.o.path, { force: true }).catch(() => undefined);
  }

  /** Releases attached endpoints whose namespace no longer exists; returns their names. */
  async sweep(): Promise<string[]> {
    if (this.sweeping) return [];
    this.sweeping = true;
    try {
      const dead: string[] = [];
      for (const w of this.attach.attached()) {
        if (await namespaceGone(w.netnsPath!, `${NETNS_DIR}/${namespaceOf(w, this.o.prefix)}`)) dead.push(w.name!);
      }
      if (dead.length > 0) {
        this.o.log.info({ endpoints: dead }, 'releasing endpoints whose container namespace is gone');
        await this.attach.release(dead);
      }
      return dead;
    } catch (err) {
      this.o.log.warn({ err: errorMessage(err) }, 'liveness sweep of attached endpoints failed');
      return [];
    } finally {
      this.sweeping = false;
    }
  }

  private serve(sock: Socket): void {
    let buf = '';
    let done = false;
    const reply = (r: AgentReply) => {
      if (done) return;
      done = true;
      sock.end(`${JSON.stringify(r)}\n`);
    };
    sock.setEncoding('utf8');
    sock.on('error', () => sock.destroy());
    sock.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > MAX_AGENT_REQUEST_BYTES) return reply(failure(new BadRequest(`request over ${MAX_AGENT_REQUEST_BYTES} bytes`)));
      const nl = buf.indexOf('\n');
      if (nl < 0 || done) return;
      sock.pause();
      this.handle(buf.slice(0, nl)).then(reply, (err) => reply(failure(err)));
    });
  }

  private async handle(line: string): Promise<AgentReply> {
    let req: AgentRequest;
    try {
      req = JSON.parse(line) as AgentRequest;
    } catch {
      throw new BadRequest('request is not JSON');
    }
    if (typeof req !== 'object' || req === null) throw new BadRequest('request is not a JSON object');
    if (req.v !== AGENT_PROTOCOL_VERSION) throw new BadRequest(`protocol version ${String(req.v)}, expected ${AGENT_PROTOCOL_VERSION}`);
    switch (req.op) {
      case 'attach':
        return { ok: true, result: await this.attach.attach(object(req.attach, 'attach')) };
      case 'detach':
        return { ok: true, released: await this.attach.detach(object(req.detach, 'detach')) };
      case 'check':
        return { ok: true, check: await this.attach.check(object(req.check, 'check')) };
      case 'gc': {
        const g = object(req.gc, 'gc');
        return { ok: true, released: await this.attach.gc(g.network, g.kind, Array.isArray(g.keep) ? g.keep : []) };
      }
      case 'status':
        return { ok: true, converged: this.o.converged() };
      default:
        throw new BadRequest(`unknown op "${String((req as { op?: unknown }).op)}"`);
    }
  }
}

function object<T>(x: T | undefined, what: string): T {
  if (typeof x !== 'object' || x === null) throw new BadRequest(`"${what}" must be an object`);
  return x;
}

function failure(err: unknown): AgentReply {
  if (err instanceof BadRequest) return { ok: false, error: { code: 'BAD_REQUEST', message: err.message } };
  if (err instanceof VxnetError) return { ok: false, error: { code: CODE_NAMES[err.code] ?? 'INTERNAL', message: err.message } };
  return { ok: false, error: { code: 'INTERNAL', message: errorMessage(err) } };
}

/**
 * Gone: the path no longer exists, or names another namespace than the one
 * we bound. Ours counts only once it is a namespace: the reconciler creates
 * the file, then binds the runtime's namespace onto it in another process,
 * and a sweep in between must not take the empty file for another namespace
 * (it released a podman container's endpoint during its ADD in a CI run).
 */
export async function namespaceGone(path: string, ours: string): Promise<boolean> {
  let src: Awaited<ReturnType<typeof stat>>;
  try {
    src = await stat(path);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
  if (!(await isNetns(ours))) return false;
  const bound = await stat(ours).catch(() => undefined);
  return !!bound && (bound.ino !== src.ino || bound.dev !== src.dev);
}

/** Does some process answer on this socket path? */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection(path);
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}
