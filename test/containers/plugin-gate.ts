// A gate between a Docker daemon and an agent's plugin socket, for fault
// tests: it serves the socket Docker looks for and passes every plugin call
// through to the agent unchanged; once closed it holds the calls that arrive
// until it is opened again (then they go on, to whatever agent listens
// then). So a test can stop an agent at an exact point of Docker's sequence,
// e.g. after Join was answered and before the container starts (Docker waits
// for ProgramExternalConnectivity). Test code only: never in the agent.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

export class PluginGate {
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;
  private armed: { path: string; resolve: () => void } | undefined;
  /** Every call passed through, in order (e.g. "/NetworkDriver.Join"). */
  readonly calls: string[] = [];

  private constructor(
    private readonly server: Server,
    private readonly listen: string,
    private readonly upstream: string,
  ) {}

  static async start(listen: string, upstream: string): Promise<PluginGate> {
    mkdirSync(dirname(listen), { recursive: true, mode: 0o755 });
    rmSync(listen, { force: true });
    let gate: PluginGate | undefined;
    const server = createServer((req, res) => void gate!.pass(req, res));
    gate = new PluginGate(server, listen, upstream);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen, resolve);
    });
    chmodSync(listen, 0o600);
    return gate;
  }

  /** Resolves once a call to `path` was answered; the calls after it wait until open(). */
  closeAfter(path: string): Promise<void> {
    return new Promise((resolve) => {
      this.armed = { path, resolve };
    });
  }

  open(): void {
    this.release?.();
    this.held = undefined;
    this.release = undefined;
  }

  async stop(): Promise<void> {
    this.open();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    rmSync(this.listen, { force: true });
  }

  private async pass(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    while (this.held) await this.held;
    const path = req.url ?? '/';
    this.calls.push(path);
    try {
      const answer = await forward(this.upstream, req, Buffer.concat(chunks));
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch (err) {
      // What Docker sees when the plugin is away: it retries, as with a missing socket.
      res.destroy(err as Error);
    }
    if (this.armed && path === this.armed.path) {
      const { resolve } = this.armed;
      this.armed = undefined;
      this.held = new Promise((r) => {
        this.release = r;
      });
      resolve();
    }
  }
}

function forward(
  socketPath: string,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const up = request({ socketPath, path: req.url, method: req.method, headers: req.headers }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => resolve({ status: r.statusCode ?? 500, headers: r.headers, body: Buffer.concat(chunks) }));
      r.on('error', reject);
    });
    up.on('error', reject);
    up.end(body);
  });
}
