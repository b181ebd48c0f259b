// A throwaway multi-host cluster for end-to-end tests, built entirely inside
// namespaces with a unique prefix: an underlay namespace holding the bridge
// (and nats-server and the controller, at .254), and one namespace per host
// with an agent in it. The CLI runs in the underlay namespace too, so the
// machine's root namespace is never touched. Everything is removed in stop(),
// which the test registers with after(), so it runs when a test fails too.
import { jsonLines } from '../helpers/json-lines.js';
import { assertPredictionsHeld } from '../helpers/predictions.js';
import { waitFor } from '../helpers/wait-for.js';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateCredentials, natsEnv } from '../../cli/lab/credentials.js';
import { PROGRAMS } from '../../cli/lab/programs.js';
import { authorizationBlock, clusterBlock, MAX_PAYLOAD, type Credentials } from '../../cli/lab/nats-config.js';
import { removeNameFiles } from './names-cleanup.js';
import { run as runArgv } from '../../lib/run.js';

const NODE = process.execPath;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ClusterOptions {
  hosts?: number;
  /** Arguments of every agent; a function when they depend on the cluster (e.g. its underlay addresses). */
  agentArgs?: string[] | ((c: Cluster) => string[]);
  /** Extra agent arguments per host, after agentArgs (e.g. a different --bip on h2). */
  agentArgsFor?: Record<string, string[]>;
  controllerArgs?: string[];
  /**
   * Per-role NATS users (cli/lab/nats-config.ts): each agent runs as its host,
   * the controller and the CLI as theirs; processes get them in their
   * environment. Off by default: tests that talk to NATS directly need them.
   */
  auth?: boolean;
  /** nats-server nodes: 1 (default) or a JetStream cluster of 3 with route authorization (ports 4222+i, routes 6222+i). */
  natsNodes?: number;
  /**
   * The shadow check on every agent (default true: every e2e file asserts it
   * held). The benchmarks turn it off to measure the agent as deployed (it
   * observes every namespace after each apply).
   */
  verifyPrediction?: boolean;
}

function ip(args: string[]): string {
  // stderr is kept (it goes into the error on failure) instead of mixing warnings into the test output.
  return execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function natsBinary(): string {
  for (const p of ['/usr/sbin/nats-server', '/usr/bin/nats-server']) {
    try {
      execFileSync(p, ['--version']);
      return p;
    } catch {
      /* next */
    }
  }
  throw new Error('nats-server not found: apt-get install nats-server');
}

export class Cluster {
  readonly prefix: string;
  readonly dir: string;
  readonly net: string;
  readonly hosts: string[] = [];
  private readonly procs = new Map<string, ChildProcess>();
  private readonly port = 4222;
  /** Set when started with `auth: true`. */
  creds: Credentials | undefined;
  natsNodes = 1;
  /** The route user of a NATS cluster (also without `auth`: routes always need it). */
  private readonly route = generateCredentials([]).route!;
  private verifyPrediction = true;

  private constructor() {
    const id = randomBytes(3).toString('hex');
    this.prefix = `vxe${id}-`;
    this.dir = mkdtempSync(join(tmpdir(), 'vxnet-e2e-'));
    // 198.18.0.0/15 is reserved for benchmarking: a third octet of our own.
    this.net = `198.19.${parseInt(id.slice(0, 2), 16)}`;
  }

  get ulNs(): string {
    return `${this.prefix}ul`;
  }
  hostNs(host: string): string {
    return `${this.prefix}${host}`;
  }
  /** Namespace prefix the agent of `host` uses for what it creates. */
  agentPrefix(host: string): string {
    return `${this.prefix}${host}-`;
  }
  hostIp(i: number): string {
    return `${this.net}.${i}`;
  }
  /** The underlay namespace's own address (NATS listens there): "outside" as seen from the hosts. */
  get outsideIp(): string {
    return `${this.net}.254`;
  }
  get natsUrl(): string {
    if (this.natsNodes === 1) return `nats://${this.net}.254:${this.port}`;
    return Array.from({ length: this.natsNodes }, (_, i) => `nats://${this.net}.254:${this.port + i}`).join(',');
  }

  static async start(o: ClusterOptions = {}): Promise<Cluster> {
    const c = new Cluster();
    try {
      c.verifyPrediction = o.verifyPrediction ?? true;
      c.buildUnderlay(o.hosts ?? 3);
      if (o.auth) c.creds = generateCredentials(c.hosts);
      c.natsNodes = o.natsNodes ?? 1;
      if (c.natsNodes === 1) await c.startNats();
      else {
        await Promise.all(Array.from({ length: c.natsNodes }, (_, i) => c.startNatsNode(i + 1)));
        // A controller opens the KV bucket at start: JetStream must have its meta leader by then.
        await c.until(
          async () => !!(await c.natsMonitor<{ meta_cluster?: { leader?: string } }>(1, 'jsz')).meta_cluster?.leader,
          30_000,
          () => `the NATS cluster elected no JetStream leader: ${c.tail('nats-1')}`,
        );
      }
      c.startController(o.controllerArgs ?? []);
      const common = typeof o.agentArgs === 'function' ? o.agentArgs(c) : (o.agentArgs ?? []);
      for (const h of c.hosts) c.startAgent(h, [...common, ...(o.agentArgsFor?.[h] ?? [])]);
      await c.waitHostsReady();
    } catch (err) {
      await c.stop();
      throw err;
    }
    return c;
  }

  private buildUnderlay(n: number): void {
    const ul = this.ulNs;
    ip(['netns', 'add', ul]);
    ip(['-n', ul, 'link', 'add', 'ul0', 'type', 'bridge']);
    ip(['-n', ul, 'addr', 'add', `${this.net}.254/24`, 'dev', 'ul0']);
    ip(['-n', ul, 'link', 'set', 'ul0', 'up']);
    ip(['-n', ul, 'link', 'set', 'lo', 'up']);
    for (let i = 1; i <= n; i++) {
      const host = `h${i}`;
      const ns = this.hostNs(host);
      ip(['netns', 'add', ns]);
      ip(['-n', ul, 'link', 'add', `p${i}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
      ip(['-n', ul, 'link', 'set', `p${i}`, 'master', 'ul0', 'up']);
      ip(['-n', ns, 'addr', 'add', `${this.hostIp(i)}/24`, 'dev', 'eth0']);
      ip(['-n', ns, 'link', 'set', 'eth0', 'up']);
      ip(['-n', ns, 'link', 'set', 'lo', 'up']);
      this.hosts.push(host);
    }
  }

  /**
   * nsenter switches only the network namespace: `ip netns exec` would also give
   * the process a private mount namespace, and the namespaces an agent creates
   * (mounts under /run/netns) would be invisible outside it.
   */
  private spawnIn(name: string, ns: string, argv: string[]): ChildProcess {
    const log = openSync(join(this.dir, `${name}.log`), 'a');
    const env = { ...process.env, ...this.credsEnvFor(argv) };
    const p = spawn('nsenter', [`--net=/run/netns/${ns}`, '--', ...argv], { stdio: ['ignore', log, log], detached: true, env });
    this.procs.set(name, p);
    return p;
  }

  async startNats(): Promise<void> {
    const conf = join(this.dir, 'nats.conf');
    writeFileSync(
      conf,
      [
        `listen: "${this.net}.254:${this.port}"`,
        `jetstream { store_dir: "${join(this.dir, 'js')}" }`,
        `max_payload: ${MAX_PAYLOAD}`,
        this.creds ? authorizationBlock(this.creds) : '',
      ].join('\n'),
      { mode: 0o600 },
    );
    this.spawnIn('nats', this.ulNs, [natsBinary(), '-c', conf]);
    await this.until(
      () => probeTcp(this.ulNs, `${this.net}.254`, this.port),
      10_000,
      () => `nats-server did not start: ${this.tail('nats')}`,
    );
  }

  /** Node i (1-based) of a NATS cluster, as `nats-<i>`; its store stays in the cluster dir across restarts. */
  async startNatsNode(i: number): Promise<void> {
    const conf = join(this.dir, `nats-${i}.conf`);
    const routes = Array.from({ length: this.natsNodes }, (_, j) => `${this.net}.254:${6222 + j}`);
    writeFileSync(
      conf,
      [
        `server_name: "n${i}"`,
        `listen: "${this.net}.254:${this.port + i - 1}"`,
        `http: "127.0.0.1:${8222 + i - 1}"`,
        `jetstream { store_dir: "${join(this.dir, `js-${i}`)}" }`,
        `max_payload: ${MAX_PAYLOAD}`,
        clusterBlock({ name: 'vxe', listenHost: `${this.net}.254`, port: 6222 + i - 1, routes, route: this.route }),
        this.creds ? authorizationBlock(this.creds) : '',
      ].join('\n'),
      { mode: 0o600 },
    );
    this.spawnIn(`nats-${i}`, this.ulNs, [natsBinary(), '-c', conf]);
    await this.until(
      () => probeTcp(this.ulNs, `${this.net}.254`, this.port + i - 1),
      10_000,
      () => `nats-server ${i} did not start: ${this.tail(`nats-${i}`)}`,
    );
  }

  /** A NATS node's monitoring answer (e.g. `jsz?accounts=true&streams=true`, `routez`), from inside the underlay. */
  async natsMonitor<T = Record<string, unknown>>(i: number, path: string): Promise<T> {
    const r = await run('ip', ['netns', 'exec', this.ulNs, 'curl', '-s', '-m', '5', `http://127.0.0.1:${8222 + i - 1}/${path}`]);
    if (r.code !== 0) throw new Error(`monitoring of nats-${i} did not answer ${path}`);
    return JSON.parse(r.stdout) as T;
  }

  stopNats(): void {
    this.procs.get('nats')?.kill('SIGTERM');
    this.procs.delete('nats');
  }

  startController(args: string[] = []): void {
    this.startControllerAs('controller', args);
  }

  startAgent(host: string, args: string[] = []): void {
    this.spawnIn(`agent-${host}`, this.hostNs(host), [
      NODE,
      PROGRAMS.agent,
      '--nats',
      this.natsUrl,
      '--host',
      host,
      '--underlay-dev',
      'eth0',
      '--ns-prefix',
      this.agentPrefix(host),
      '--state-dir',
      join(this.dir, host),
      '--heartbeat-seconds',
      '1',
      // The shadow check: every apply is observed and compared with the prediction (assertPredictionsHeld).
      ...(this.verifyPrediction ? ['--verify-prediction'] : []),
      // Workloads' default name servers: none, rather than the machine's (no DNS query may leave the cluster).
      '--resolv-conf',
      '/dev/null',
      // Its own local socket (CNI plugin), never the machine's /run/vxnet/agent.sock.
      '--socket',
      this.agentSocket(host),
      ...args,
    ]);
  }

  /**
   * Waits until the agent of `host` is converged and has started no pass for
   * two heartbeats: a change made by hand then happens between passes, so its
   * shadow check cannot mistake it for a wrong prediction.
   */
  async waitIdle(host: string, timeoutMs = 30_000): Promise<void> {
    let last = -1;
    await this.until(
      async () => {
        const v = jsonLines<{ host: { name: string }; status?: { converged?: boolean; reconciles?: number } | null }>(
          await this.cliOk(['host', 'ls', '--format', 'json']),
        ).find((x) => x.host.name === host);
        const n = v?.status?.converged ? Number(v.status.reconciles ?? 0) : -1;
        const idle = n >= 0 && n === last;
        last = n;
        if (!idle) await new Promise((r) => setTimeout(r, 1_100));
        return idle;
      },
      timeoutMs,
      `agent of ${host} did not become idle`,
    );
  }

  /**
   * Waits until workload `name` runs: `run` only records it, and its host's agent builds it when its
   * watch delivers it, in seconds when the kernel is still dismantling an earlier suite's namespaces.
   */
  async waitRunning(name: string, timeoutMs = 30_000): Promise<void> {
    await this.until(
      async () => (await this.cliOk(['ps', '-a', '-f', `name=${name}`, '--format', '{{.Name}} {{.State}}'])) === `${name} running\n`,
      timeoutMs,
      () => `${name} is not running`,
    );
  }

  /** Where the agent of `host` listens for local runtimes' front-ends (lib/agent-protocol.ts). */
  agentSocket(host: string): string {
    return join(this.dir, host, 'agent.sock');
  }

  /** SIGHUP: the agent observes the kernel again now instead of at its next periodic resync (30 s). */
  resyncAgent(host: string): void {
    const p = this.procs.get(`agent-${host}`);
    if (!p?.pid) throw new Error(`agent of ${host} is not running`);
    process.kill(p.pid, 'SIGHUP');
  }

  /** SIGKILL: what a crash looks like. */
  killAgent(host: string, signal: NodeJS.Signals = 'SIGKILL'): void {
    const p = this.procs.get(`agent-${host}`);
    if (p?.pid)
      try {
        process.kill(-p.pid, signal);
      } catch {
        /* gone */
      }
    this.procs.delete(`agent-${host}`);
  }

  /**
   * Every e2e file calls this at its end: no agent of the cluster saw its
   * prediction of the kernel differ from Linux (--verify-prediction). Counted
   * from the live agents' status and, for agents killed and restarted on the
   * way (whose counters started again), from every agent log.
   */
  async assertPredictionsHeld(): Promise<void> {
    const logs = new Map<string, string>();
    for (const h of this.hosts) {
      try {
        logs.set(h, readFileSync(join(this.dir, `agent-${h}.log`), 'utf8'));
      } catch {
        /* no log: never started */
      }
    }
    assertPredictionsHeld(await this.cliOk(['host', 'ls', '--format', 'json']), logs);
  }

  async waitHostsReady(timeoutMs = 20_000): Promise<void> {
    await this.until(
      async () => {
        const r = await this.cli(['host', 'ls', '--format', 'json']);
        if (r.code !== 0) return false;
        const hosts = jsonLines<{ state: string }>(r.stdout);
        return hosts.length === this.hosts.length && hosts.every((h) => h.state === 'ready');
      },
      timeoutMs,
      () => `hosts not ready; logs in ${this.dir}: ${this.tail('controller')}`,
    );
  }

  /** Runs the vxnet CLI (in the underlay namespace, where NATS is). */
  cli(args: string[]): Promise<CliResult> {
    return run('ip', ['netns', 'exec', this.ulNs, NODE, PROGRAMS.cli, '--nats', this.natsUrl, ...args], 30_000, this.adminEnv());
  }

  /** The CLI as a child process (stdin piped), for tests of stdin and signals. */
  cliProcess(args: string[]): ChildProcess {
    return spawn('ip', ['netns', 'exec', this.ulNs, NODE, PROGRAMS.cli, '--nats', this.natsUrl, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...this.adminEnv() },
    });
  }

  async cliOk(args: string[]): Promise<string> {
    const r = await this.cli(args);
    if (r.code !== 0) throw new Error(`vxnet ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
    return r.stdout;
  }

  /** The first address of a workload, from `vxnet inspect`. */
  async ipOf(name: string, network?: string): Promise<string> {
    const [view] = JSON.parse(await this.cliOk(['inspect', name, '--format', 'json'])) as {
      workload: { attachments: { network: string; ip: string }[] };
    }[];
    const att = view!.workload.attachments.find((a) => !network || a.network === network);
    if (!att) throw new Error(`${name} has no address${network ? ` on ${network}` : ''}`);
    return att.ip;
  }

  exec(ns: string, argv: string[]): number {
    try {
      execFileSync('ip', ['netns', 'exec', ns, ...argv], { stdio: 'ignore', timeout: 10_000 });
      return 0;
    } catch (e) {
      return (e as { status?: number }).status ?? 1;
    }
  }

  /** `ip -j` output of a command run against a namespace. */
  ipJson<T = unknown[]>(ns: string, args: string[]): T {
    const out = execFileSync('ip', ['-n', ns, '-j', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out || '[]') as T;
  }

  fdb(ns: string, dev: string): { mac: string; dst?: string }[] {
    const out = execFileSync('bridge', ['-n', ns, '-j', 'fdb', 'show', 'dev', dev], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out || '[]') as { mac: string; dst?: string }[];
  }

  namespaces(): string[] {
    return ip(['netns', 'list'])
      .split('\n')
      .map((l) => l.split(' ')[0]!)
      .filter((n) => n.startsWith(this.prefix));
  }

  tail(name: string, lines = 20): string {
    try {
      return readFileSync(join(this.dir, `${name}.log`), 'utf8')
        .split('\n')
        .slice(-lines)
        .join('\n');
    } catch {
      return '';
    }
  }

  until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string | (() => string)): Promise<void> {
    return waitFor(check, what, { timeoutMs, intervalMs: 100 });
  }

  // --- Failure injection (chaos suite): added alongside the methods above, which keep their behaviour.

  /** One more controller process under its own name (several run at once: all active, CAS decides). */
  startControllerAs(name: string, args: string[] = []): void {
    this.spawnIn(name, this.ulNs, [NODE, PROGRAMS.controller, '--nats', this.natsUrl, '--host-down-after-ms', '4000', ...args]);
  }

  /** Kills a process this cluster started ('controller', 'nats', 'agent-h1', …) and waits until it has exited. */
  async killProcess(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.procs.get(name);
    this.procs.delete(name);
    if (!p?.pid || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    try {
      process.kill(-p.pid, signal);
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }

  /** SIGKILL (a crash) of the controller started by startController(), or of one started by startControllerAs(name). */
  killController(name = 'controller', signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return this.killProcess(name, signal);
  }

  /** Stops nats-server (SIGTERM) and waits until it is gone; its JetStream store stays in the cluster dir for startNats(). */
  stopNatsAndWait(): Promise<void> {
    return this.killProcess('nats', 'SIGTERM');
  }

  /** pid of a process started here ('controller', 'nats', 'agent-h1'...); nsenter execs it, so it is the program's own. */
  pidOf(name: string): number | undefined {
    return this.procs.get(name)?.pid;
  }

  /** True while the named process runs. */
  running(name: string): boolean {
    const p = this.procs.get(name);
    return !!p && p.exitCode === null && p.signalCode === null;
  }

  /** VXNET_NATS_USER/PASSWORD of the admin (the CLI) when started with `auth: true`, else {}. */
  adminEnv(): Record<string, string> {
    return this.creds ? natsEnv(this.creds.admin) : {};
  }

  /** Credentials for a daemon by what it runs: the controller's, or the agent's of its --host. */
  private credsEnvFor(argv: readonly string[]): Record<string, string> {
    if (!this.creds) return {};
    if (argv.some((a) => a === PROGRAMS.controller)) return natsEnv(this.creds.controller);
    const host = argv[argv.indexOf('--host') + 1];
    if (argv.some((a) => a === PROGRAMS.agent) && host && this.creds.hosts[host]) return natsEnv(this.creds.hosts[host]!);
    return {};
  }

  async stop(): Promise<void> {
    for (const p of this.procs.values())
      if (p.pid)
        try {
          process.kill(-p.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
    await new Promise((r) => setTimeout(r, 300));
    for (const p of this.procs.values())
      if (p.pid)
        try {
          process.kill(-p.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
    this.procs.clear();
    // Agents' namespaces first (they hold veths into host namespaces), then hosts, then the underlay.
    const all = this.namespaces().sort((a, b) => b.length - a.length);
    for (const ns of all)
      try {
        ip(['netns', 'del', ns]);
      } catch {
        /* already gone */
      }
    removeNameFiles(this.prefix); // /etc/netns and UTS mounts of the workloads the agents left
    if (!process.env.VXNET_KEEP_LOGS) rmSync(this.dir, { recursive: true, force: true });
  }
}

function probeTcp(ns: string, host: string, port: number): boolean {
  try {
    execFileSync(
      'ip',
      [
        'netns',
        'exec',
        ns,
        NODE,
        '-e',
        `const s=require('net').connect(${port},'${host}',()=>process.exit(0));s.on('error',()=>process.exit(1))`,
      ],
      { stdio: 'ignore', timeout: 3000 },
    );
    return true;
  } catch {
    return false;
  }
}

export async function run(cmd: string, args: string[], timeoutMs = 30_000, env?: Record<string, string>): Promise<CliResult> {
  const r = await runArgv([cmd, ...args], { timeoutMs, killSignal: 'SIGKILL', ...(env ? { env } : {}) });
  return { code: r.exitCode ?? 1, stdout: r.stdout, stderr: r.stderr };
}
