// A Docker daemon confined to one host namespace (a lab host, or a test
// cluster's host): used by `vxnet lab up --docker` and by the Docker e2e tests,
// so both start daemons the same way (DESIGN.md "Docker and CNI facts").
// Owns: the holder process (network namespace of the host + a private mount
// namespace that sees this daemon's own /run/docker (with plugins/),
// /etc/docker, /run/containerd and /etc/resolv.conf, and a fresh sysfs), dockerd
// inside it (own data root, exec root, pidfile, socket, cgroup parent,
// live-restore on, --bridge=none --iptables=false), and their removal.
// The exec root is the one mount shared with the root mount namespace, so the
// sandbox keys Docker gives the plugin (<exec root>/netns/<id>) open from the
// agent as they would on a real host. Must never: touch another daemon's files,
// signal a process it did not start (pids come from what it spawned, container
// processes from its own cgroup parent), or leave a mount behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, spawnDetached, stopAll, tail } from './procs.js';
import type { Proc } from './state.js';
import { LabError, sh } from './sh.js';
import { DEFAULT_GATEWAY_BIP } from '../../agent/config/bridge-config.js';

/** The daemons' "dns": the host's vxnet resolver, on the agents' (default) gateway bridge address. */
export const DOCKER_DNS = DEFAULT_GATEWAY_BIP.split('/')[0]!;

export interface HostDocker {
  host: string;
  netns: string;
  dir: string;
  socket: string;
  /** Where the agent puts vxnet.sock: this daemon's /run/docker/plugins. */
  pluginDir: string;
  execRoot: string;
  /** Container cgroups live under this (cgroupfs): how stop() finds container processes. */
  cgroupParent: string;
  /** The daemon's /etc/resolv.conf (its upstream for names it does not know). */
  resolvConf: string;
  holder?: Proc;
  dockerd?: Proc;
}

const SAFE_PATH = /^\/[A-Za-z0-9_./-]+$/;

/**
 * The holder: every mount private except the exec root (left a peer of the root
 * namespace's), a fresh sysfs for the host's network namespace (cgroup mounts
 * kept), private directories over what Docker shares machine-wide.
 */
const HOLDER_SCRIPT = `set -eu
D="$1"
awk '{print $5}' /proc/self/mountinfo | while read -r mp; do
  [ "$mp" = "$D/x" ] && continue
  mount --make-private "$mp" 2>/dev/null || true
done
mkdir -p "$D/cg" "$D/run-docker/plugins" "$D/etc-docker" "$D/run-containerd"
mount --rbind /sys/fs/cgroup "$D/cg"
mount -t sysfs sysfs /sys
mount --move "$D/cg" /sys/fs/cgroup
mount --bind "$D/run-docker" /run/docker
mount --bind "$D/etc-docker" /etc/docker
mount --bind "$D/run-containerd" /run/containerd
mount --bind "$D/resolv.conf" /etc/resolv.conf
: > "$D/holder.ready"
exec sleep infinity
`;

export function hostDocker(host: string, netns: string, dir: string, cgroupParent: string): HostDocker {
  if (!SAFE_PATH.test(dir)) throw new LabError(`docker state directory ${dir} must be an absolute path of [A-Za-z0-9_./-]`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cgroupParent)) throw new LabError(`cgroup parent ${cgroupParent} must be [A-Za-z0-9_-]`);
  return {
    host,
    netns,
    dir,
    socket: join(dir, 'docker.sock'),
    pluginDir: join(dir, 'run-docker', 'plugins'),
    execRoot: join(dir, 'x'),
    cgroupParent,
    resolvConf: join(dir, 'resolv.conf'),
  };
}

/** The docker CLI: a newer client negotiates down to Debian's 20.10 daemon. */
function dockerCli(): string {
  for (const p of ['/usr/local/bin/docker', '/usr/bin/docker']) if (existsSync(p)) return p;
  throw new LabError('no docker CLI (/usr/local/bin/docker or /usr/bin/docker): apt-get install docker.io');
}

/** Runs the docker CLI against this daemon. */
export function docker(d: HostDocker, args: readonly string[], opts: { allowFail?: boolean } = {}) {
  return sh([dockerCli(), '-H', `unix://${d.socket}`, ...args], opts);
}

/** The docker CLI with this terminal (`vxnet lab docker`): its exit code. */
export function dockerInteractive(d: HostDocker, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(dockerCli(), ['-H', `unix://${d.socket}`, ...args], { stdio: 'inherit' });
    p.once('error', reject);
    p.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Directories, the shared exec root and the holder. Call before the agent's
 * plugin socket is needed; `nameservers` become the daemon's resolv.conf,
 * `dns` its daemon.json "dns" (what its embedded DNS forwards unknown names
 * to: the host's vxnet resolver on the gateway bridge address).
 */
export async function startHolder(d: HostDocker, nameservers: readonly string[], dns: readonly string[], mark = true): Promise<void> {
  for (const sub of ['data', 'x', 'run-docker/plugins', 'etc-docker', 'run-containerd']) mkdirSync(join(d.dir, sub), { recursive: true });
  // Bind mounts need their targets; on a machine without Docker they may not exist yet.
  for (const p of ['/run/docker', '/run/containerd', '/etc/docker']) mkdirSync(p, { recursive: true });
  // No `options ndots`: with ndots set, Docker's embedded DNS answers single-label names it does not know
  // with an empty answer instead of forwarding them (a container on another host would not resolve).
  writeFileSync(d.resolvConf, `${nameservers.map((n) => `nameserver ${n}`).join('\n')}\n`);
  writeFileSync(join(d.dir, 'daemon.json'), `${JSON.stringify({ 'live-restore': true, ...(dns.length ? { dns } : {}) })}\n`);
  writeFileSync(join(d.dir, 'holder.sh'), HOLDER_SCRIPT, { mode: 0o700 });
  await sh(['mount', '--bind', d.execRoot, d.execRoot]);
  await sh(['mount', '--make-private', d.execRoot]);
  await sh(['mount', '--make-shared', d.execRoot]);
  d.holder = spawnDetached(
    ['nsenter', `--net=/run/netns/${d.netns}`, '--', 'unshare', '-m', '--propagation', 'unchanged', 'sh', join(d.dir, 'holder.sh'), d.dir],
    join(d.dir, 'holder.log'),
    {},
    mark,
  );
  await until(
    () => existsSync(join(d.dir, 'holder.ready')),
    10_000,
    `the docker holder of ${d.host} is not ready`,
    () => {
      if (!isAlive(d.holder?.pid)) throw new LabError(`the docker holder of ${d.host} exited: ${tail(join(d.dir, 'holder.log'))}`);
    },
  );
}

/** dockerd inside the holder's namespaces; resolves once it answers. Start the plugin first. */
export async function startDockerd(d: HostDocker, mark = true): Promise<void> {
  if (!d.holder?.pid) throw new LabError(`no holder for the docker daemon of ${d.host}`);
  d.dockerd = spawnDetached(
    [
      'nsenter',
      '-t',
      String(d.holder.pid),
      '-m',
      '-n',
      '--',
      'dockerd',
      `--config-file=${join(d.dir, 'daemon.json')}`,
      `--data-root=${join(d.dir, 'data')}`,
      `--exec-root=${d.execRoot}`,
      `--pidfile=${join(d.dir, 'docker.pid')}`,
      `--host=unix://${d.socket}`,
      `--cgroup-parent=/${d.cgroupParent}`,
      '--bridge=none',
      '--iptables=false',
      '--ip-masq=false',
      '--ip-forward=false',
      '--userland-proxy=false',
      '--storage-driver=overlay2',
    ],
    join(d.dir, 'dockerd.log'),
    {},
    mark,
  );
  await until(
    async () => (await docker(d, ['version', '--format', '{{.Server.Version}}'], { allowFail: true })).exitCode === 0,
    30_000,
    `dockerd of ${d.host} does not answer (see ${join(d.dir, 'dockerd.log')})`,
    () => {
      if (!isAlive(d.dockerd?.pid)) throw new LabError(`dockerd of ${d.host} exited: ${tail(join(d.dir, 'dockerd.log'))}`);
    },
  );
}

/** SIGTERM (then SIGKILL) to dockerd, as a restart test needs; containers keep running (live-restore). */
export async function stopDockerd(d: HostDocker): Promise<void> {
  if (d.dockerd?.pid) await stopAll([d.dockerd.pid], 15_000);
  d.dockerd = undefined;
}

/**
 * Everything: container processes (by cgroup), dockerd, the holder, the exec
 * root's mounts, the directory. Gathers errors and keeps going.
 */
export async function removeHostDocker(d: HostDocker, errors: Error[], owned: (pid: number) => boolean = () => true): Promise<void> {
  const inContainers = cgroupProcs(d.cgroupParent);
  if (inContainers.length > 0) await stopAll(inContainers, 2000, false);
  const pids = [d.dockerd?.pid, d.holder?.pid].filter((p): p is number => !!p && owned(p));
  const left = await stopAll(pids, 10_000);
  if (left.length > 0) errors.push(new LabError(`docker of ${d.host}: pid(s) ${left.join(', ')} survived SIGKILL`));
  const stray = cgroupProcs(d.cgroupParent);
  if (stray.length > 0) await stopAll(stray, 1000, false);
  removeCgroups(d.cgroupParent);
  if (mountedUnder(d.execRoot)) {
    const r = await sh(['umount', '-R', '-l', d.execRoot], { allowFail: true });
    if (r.exitCode !== 0) errors.push(new LabError(`umount ${d.execRoot}: ${r.stderr}`));
  }
  try {
    rmSync(d.dir, { recursive: true, force: true });
  } catch (err) {
    errors.push(err as Error);
  }
}

function mountedUnder(path: string): boolean {
  try {
    return readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .some((l) => {
        const mp = l.split(' ')[4];
        return mp === path || mp?.startsWith(`${path}/`);
      });
  } catch {
    return false;
  }
}

/** cgroup directories named `parent` under every mounted hierarchy (v1 controllers, unified). */
function cgroupDirs(parent: string): string[] {
  const base = '/sys/fs/cgroup';
  const out: string[] = [];
  if (existsSync(join(base, 'cgroup.procs'))) out.push(join(base, parent));
  try {
    for (const c of readdirSync(base)) out.push(join(base, c, parent));
  } catch {
    /* no cgroupfs */
  }
  return out.filter((p) => existsSync(p) && statSync(p).isDirectory());
}

function walk(dir: string, fn: (d: string) => void): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) walk(join(dir, e.name), fn);
  fn(dir);
}

function cgroupProcs(parent: string): number[] {
  const pids = new Set<number>();
  for (const root of cgroupDirs(parent)) {
    walk(root, (d) => {
      try {
        for (const l of readFileSync(join(d, 'cgroup.procs'), 'utf8').split('\n')) if (/^\d+$/.test(l)) pids.add(Number(l));
      } catch {
        /* gone */
      }
    });
  }
  return [...pids];
}

function removeCgroups(parent: string): void {
  for (const root of cgroupDirs(parent)) {
    walk(root, (d) => {
      try {
        rmdirSync(d);
      } catch {
        /* busy or gone: docker's own cleanup, or nothing to do */
      }
    });
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, alive: () => void): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    alive();
    if (Date.now() > end) throw new LabError(`${what} after ${timeoutMs / 1000}s`);
    await sleep(100);
  }
}
