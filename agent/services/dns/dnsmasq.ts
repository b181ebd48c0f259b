// The embedded resolver of one workload: Debian's dnsmasq in the workload's
// network namespace, listening on 127.0.0.11:53 only, answering from a
// directory of hosts files (--hostsdir) that services/files.ts rewrites
// atomically. dnsmasq watches that directory with inotify and re-reads a
// changed file between two queries (it is single-threaded), so names change
// without SIGHUP and without dropping a query; everything else goes to the
// explicit --server upstreams (--no-resolv: never the machine's resolv.conf).
// No DHCP, no config file, no /etc/hosts, no pid clashes (one pid file per
// workload). Started through the kernel layer's spawnIn, so it stays in the
// agent's process group unless the agent is killed alone; a restarted agent
// adopts a running dnsmasq whose command line is the one it would start.
// Must never: signal a pid that is not our dnsmasq (checked on /proc), fall
// back to any resolver it was not given.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Kernel, SpawnedProcess } from '../../kernel/kernel.js';
import type { Logger } from '../../../lib/log.js';
import { EMBEDDED_DNS } from '../etc-files.js';

export interface DnsmasqPaths {
  /** The directory of hosts files (one per network). */
  hostsDir: string;
  pidFile: string;
  logFile: string;
}

export function dnsmasqPaths(stateDir: string, ns: string): DnsmasqPaths & { root: string } {
  const root = join(stateDir, 'dns', ns);
  return { root, hostsDir: join(root, 'hosts'), pidFile: join(root, 'dnsmasq.pid'), logFile: join(root, 'dnsmasq.log') };
}

export function dnsmasqArgv(paths: DnsmasqPaths, upstreams: readonly string[]): string[] {
  return [
    'dnsmasq',
    '--keep-in-foreground',
    '--conf-file=/dev/null', // no /etc/dnsmasq.conf, no conf-dir
    '--no-resolv', // upstreams only from --server
    '--no-hosts', // names only from the hosts dir (the workload's own /etc/hosts is read by its resolver)
    '--no-poll',
    '--bind-interfaces',
    `--listen-address=${EMBEDDED_DNS}`,
    '--port=53',
    `--hostsdir=${paths.hostsDir}`,
    '--local-ttl=0', // names change as workloads come and go: clients must not keep them
    '--no-negcache', // a name that did not exist a moment ago may exist now
    // Single-label names are answered here only: a peer's AAAA query gets NODATA instead of
    // going upstream (which leaks workload names and waits on the upstream), unknown ones NXDOMAIN.
    '--domain-needed',
    '--strict-order',
    '--user=root', // reads the agent's state dir; it listens on 127.0.0.11 inside one workload only
    `--pid-file=${paths.pidFile}`,
    '--log-facility=-',
    ...upstreams.map((s) => `--server=${s}`),
  ];
}

interface Running {
  pid: number;
  argv: string[];
  proc?: SpawnedProcess;
}

export class DnsServers {
  private readonly running = new Map<string, Running>();
  /** Called when a dnsmasq exits on its own (the owner re-syncs, with back-off). */
  onExit: (ns: string) => void = () => {};

  constructor(
    private readonly kernel: Kernel,
    private readonly stateDir: string,
    private readonly log: Logger,
  ) {}

  has(ns: string): boolean {
    return this.running.has(ns);
  }

  /** Makes sure the resolver of `ns` runs with these upstreams: adopts, starts or restarts it. */
  ensure(ns: string, upstreams: readonly string[]): void {
    const paths = dnsmasqPaths(this.stateDir, ns);
    const argv = dnsmasqArgv(paths, upstreams);
    const cur = this.running.get(ns) ?? this.adopt(ns, paths.pidFile);
    // Our own child is trusted until it exits (its pid shows `ip netns exec` for a moment before the
    // exec); once it is dnsmasq it must sit in the namespace of that name (which may have been recreated).
    const alive = cur && (isDnsmasq(cur.pid) ? inNetns(cur.pid, ns) !== false : cur.proc !== undefined);
    if (cur && alive && sameArgv(cur.argv, argv)) {
      this.running.set(ns, cur);
      return;
    }
    if (cur) this.stop(ns, cur);
    mkdirSync(paths.hostsDir, { recursive: true });
    const proc = this.kernel.spawnIn(ns, argv, { logFile: paths.logFile });
    if (proc.pid === undefined) {
      this.log.warn({ ns }, 'embedded DNS server did not start (is dnsmasq installed?)');
      return;
    }
    const r: Running = { pid: proc.pid, argv, proc };
    this.running.set(ns, r);
    this.log.debug({ ns, pid: proc.pid, upstreams }, 'embedded DNS server started');
    void proc.exited.then((code) => {
      if (this.running.get(ns) !== r) return;
      this.running.delete(ns);
      this.log.warn({ ns, code, log: paths.logFile }, 'embedded DNS server exited');
      this.onExit(ns);
    });
  }

  /** Stops the resolver of `ns` (ours or one found by its pid file) and removes its state. */
  remove(ns: string): void {
    const paths = dnsmasqPaths(this.stateDir, ns);
    const cur = this.running.get(ns) ?? this.adopt(ns, paths.pidFile);
    if (cur) this.stop(ns, cur);
    rmSync(paths.root, { recursive: true, force: true });
  }

  private stop(ns: string, r: Running): void {
    this.running.delete(ns);
    if (r.proc) r.proc.kill('SIGTERM');
    else if (isDnsmasq(r.pid))
      try {
        process.kill(r.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
  }

  private adopt(ns: string, pidFile: string): Running | undefined {
    let pid: number;
    try {
      pid = Number(readFileSync(pidFile, 'utf8').trim());
    } catch {
      return undefined;
    }
    if (!Number.isInteger(pid) || pid <= 0 || !isDnsmasq(pid)) return undefined;
    const argv = cmdline(pid);
    if (!argv?.includes(`--pid-file=${pidFile}`)) return undefined;
    this.log.info({ ns, pid }, 'adopted running embedded DNS server');
    return { pid, argv };
  }
}

function cmdline(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter((a) => a !== '');
  } catch {
    return undefined;
  }
}

/** Whether pid's network namespace is /run/netns/<ns>; undefined when either cannot be read. */
function inNetns(pid: number, ns: string): boolean | undefined {
  try {
    return statSync(`/proc/${pid}/ns/net`).ino === statSync(join('/run/netns', ns)).ino;
  } catch {
    return undefined;
  }
}

function isDnsmasq(pid: number): boolean {
  const argv = cmdline(pid);
  return !!argv && /(^|\/)dnsmasq$/.test(argv[0] ?? '');
}

function sameArgv(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || (i === 0 && x.endsWith('/dnsmasq') && b[0] === 'dnsmasq'));
}
