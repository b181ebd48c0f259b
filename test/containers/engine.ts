// A private Docker engine for the containers suite: Debian's dockerd started
// in the background with its own data root, exec root, pidfile and socket in
// a temporary directory, and stopped by its PID when the suite ends.
// It runs with --iptables=false --ip-masq=false --ip-forward=false
// --bridge=none, so it adds no docker0, no firewall rule and no sysctl to the
// root namespace; the only root-namespace links it makes are the br-<id>
// bridges of the networks the suite creates (and their veth ends), and stop()
// removes those, its containers and its directory. Must never pull an image
// and never touch anything it did not create.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * Addresses for the suite's network: 198.18.0.0/15 is ours for tests. One /24
 * per engine, picked by PID, so that two suites running at once do not put the
 * same subnet on two root-namespace bridges.
 */
const ADDRESS_POOL = `base=198.19.${240 + (process.pid % 16)}.0/24,size=24`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion; never throws (a failure is a non-zero code with its stderr). */
export function sh(file: string, args: string[], input?: Buffer | string, timeout = 60_000): Run {
  try {
    const stdout = execFileSync(file, args, { input, encoding: 'utf8', timeout, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string; message: string };
    return { code: err.status ?? 1, stdout: err.stdout ?? '', stderr: err.stderr || err.message };
  }
}

/** Runs scripts/ensure-docker.sh; returns why the engine is unavailable, or undefined when it is there. */
export function ensureDocker(): string | undefined {
  const r = sh('bash', [join(ROOT, 'scripts/ensure-docker.sh')], undefined, 300_000);
  if (r.code === 0) return undefined;
  return r.stderr.trim().split('\n').pop() || `scripts/ensure-docker.sh failed (exit ${r.code})`;
}

function dockerCli(): string {
  // Debian's client matches the daemon's API; any client negotiates down to it.
  return existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
}

export class Engine {
  readonly socket: string;
  private proc: ChildProcess | undefined;
  private readonly networks = new Set<string>();
  private stopped = false;

  private constructor(readonly dir: string) {
    this.socket = join(dir, 'docker.sock');
  }

  /** The DOCKER_HOST value for clients (testcontainers, the docker CLI). */
  get host(): string {
    return `unix://${this.socket}`;
  }

  static async start(): Promise<Engine> {
    const e = new Engine(mkdtempSync(join(tmpdir(), 'vxnet-dockerd-')));
    installExitHook(e);
    const log = openSync(join(e.dir, 'dockerd.log'), 'a');
    e.proc = spawn(
      'dockerd',
      [
        '--storage-driver=overlay2',
        `--data-root=${join(e.dir, 'data')}`,
        `--exec-root=${join(e.dir, 'exec')}`,
        `--pidfile=${join(e.dir, 'dockerd.pid')}`,
        `-H`,
        e.host,
        '--iptables=false',
        '--ip6tables=false',
        '--ip-masq=false',
        '--ip-forward=false',
        '--bridge=none',
        `--default-address-pool=${ADDRESS_POOL}`,
        '--userland-proxy=false',
      ],
      { stdio: ['ignore', log, log], env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` } },
    );
    const end = Date.now() + 30_000;
    while (e.docker(['version', '--format', '{{.Server.Version}}']).code !== 0) {
      if (e.proc.exitCode !== null || Date.now() > end) {
        const tail = e.logTail();
        await e.stop();
        throw new Error(`dockerd did not start: ${tail}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return e;
  }

  docker(args: string[], input?: Buffer | string, timeout?: number): Run {
    return sh(dockerCli(), ['-H', this.host, ...args], input, timeout);
  }

  dockerOk(args: string[], input?: Buffer | string): string {
    const r = this.docker(args, input);
    if (r.code !== 0) throw new Error(`docker ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
    return r.stdout;
  }

  /** Remembers a network so that stop() can delete its bridge even if the daemon cannot. */
  track(networkId: string): void {
    this.networks.add(networkId);
  }

  /** Names of the root-namespace bridges of the networks this engine made. */
  bridges(): string[] {
    return [...this.networks].map((id) => `br-${id.slice(0, 12)}`);
  }

  logTail(lines = 15): string {
    try {
      return readFileSync(join(this.dir, 'dockerd.log'), 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  /** Removes containers and networks, stops dockerd by its PID, deletes its bridges and directory. Gathers errors. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const errors: string[] = [];
    if (this.proc && this.proc.exitCode === null) {
      const ids = this.docker(['ps', '-aq']).stdout.split('\n').filter(Boolean);
      if (ids.length) this.docker(['rm', '-f', '-v', ...ids]);
      for (const n of this.docker(['network', 'ls', '-q', '--filter', 'type=custom']).stdout.split('\n').filter(Boolean)) {
        const id = this.docker(['network', 'inspect', '-f', '{{.Id}}', n]).stdout.trim();
        if (id) this.networks.add(id);
        this.docker(['network', 'rm', n]);
      }
      await this.kill();
    }
    for (const br of this.bridges()) {
      if (sh('ip', ['link', 'show', br]).code === 0) {
        const r = sh('ip', ['link', 'del', br]);
        if (r.code !== 0) errors.push(`ip link del ${br}: ${r.stderr.trim()}`);
      }
    }
    // dockerd unmounts what it mounted when it stops; anything left (a killed
    // daemon) is unmounted here, deepest first, before the directory goes.
    const mounts = readFileSync('/proc/self/mounts', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[1] ?? '')
      .filter((m) => m.startsWith(`${this.dir}/`))
      .sort((a, b) => b.length - a.length);
    for (const m of mounts) sh('umount', ['-l', m]);
    try {
      rmSync(this.dir, { recursive: true, force: true });
    } catch (err) {
      errors.push(`rm ${this.dir}: ${(err as Error).message}`);
    }
    if (errors.length) throw new Error(`engine cleanup: ${errors.join('; ')}`);
  }

  private async kill(): Promise<void> {
    const p = this.proc!;
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGTERM');
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000).unref());
    if ((await Promise.race([exited, timer])) === 'timeout') {
      p.kill('SIGKILL');
      await exited;
    }
  }

  /** Synchronous last resort when the process exits without after() having run. */
  killNow(): void {
    if (this.stopped || !this.proc || this.proc.exitCode !== null) return;
    const ids = this.docker(['ps', '-aq'], undefined, 10_000).stdout.split('\n').filter(Boolean);
    if (ids.length) this.docker(['rm', '-f', ...ids], undefined, 20_000);
    this.proc.kill('SIGKILL');
    for (const br of this.bridges()) sh('ip', ['link', 'del', br]);
  }
}

const live = new Set<Engine>();
let hooked = false;
function installExitHook(e: Engine): void {
  live.add(e);
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const x of live) x.killNow();
  });
}
