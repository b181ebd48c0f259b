// A throwaway machine booted by the real systemd, for the units' test
// (systemd.test.ts): systemd-nspawn over an overlay of this machine's root
// file system (lower: `/` read-only; upper: a tmpfs, so nothing the machine
// writes reaches the host's files), with its own network namespace
// (--private-network: only `lo` until the test adds links) and a boot target
// of its own (vxnet-boot.target: basic.target and nothing else, so none of
// the services enabled on the host start in it). Commands run inside through
// nsenter into the machine's init (all its namespaces). stop() powers it off
// (SIGTERM to nspawn halts the machine), kills nspawn by its PID if it does
// not end, and removes the mounts and the directory.
// Must never: write outside its own directory, or leave a mount or a process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sh, type Run } from './engine.js';

const BOOT_TARGET = `[Unit]
Description=vxnet test machine: the basic system only
Requires=basic.target
After=basic.target
AllowIsolate=yes
`;

/** What this machine lacks to boot one, or undefined. */
export function nspawnMissing(): string | undefined {
  if (process.getuid?.() !== 0) return 'the systemd test needs root (systemd-nspawn, mounts)';
  if (sh('systemd-nspawn', ['--version']).code !== 0) return 'systemd-nspawn not found: apt-get install systemd-container';
  if (!readFileSync('/proc/filesystems', 'utf8').includes('overlay')) return 'the kernel has no overlay file system (modprobe overlay)';
  return undefined;
}

export class Machine {
  private leader = 0;
  private nspawn: ChildProcess | undefined;
  private readonly root: string;
  private readonly rw: string;
  private mounted: string[] = [];

  private constructor(
    readonly name: string,
    readonly dir: string,
  ) {
    this.root = join(dir, 'root');
    this.rw = join(dir, 'rw');
  }

  /** Boots a machine named `name` (a unique, valid machine name) and waits until its boot target is active. */
  static async boot(name: string, timeoutMs = 60_000): Promise<Machine> {
    if (!/^[a-z0-9-]{1,40}$/.test(name)) throw new Error(`bad machine name ${name}`);
    const m = new Machine(name, mkdtempSync(join(tmpdir(), `${name}-`)));
    try {
      await m.start(timeoutMs);
      return m;
    } catch (err) {
      await m.stop();
      throw err;
    }
  }

  private async start(timeoutMs: number): Promise<void> {
    mkdirSync(this.root);
    mkdirSync(this.rw);
    this.mount(['-t', 'tmpfs', '-o', 'mode=0755', 'tmpfs', this.rw]);
    mkdirSync(join(this.rw, 'upper'));
    mkdirSync(join(this.rw, 'work'));
    this.mount(['-t', 'overlay', 'overlay', '-o', `lowerdir=/,upperdir=${this.rw}/upper,workdir=${this.rw}/work`, this.root]);
    this.write('/etc/systemd/system/vxnet-boot.target', BOOT_TARGET);
    const log = openSync(join(this.dir, 'nspawn.log'), 'a');
    this.nspawn = spawn(
      'systemd-nspawn',
      [
        '--quiet',
        '--register=no',
        '--keep-unit',
        '--private-network',
        `--machine=${this.name}`,
        '-D',
        this.root,
        '-b',
        '--',
        'systemd.unit=vxnet-boot.target',
      ],
      { stdio: ['ignore', log, log] },
    );
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (this.nspawn.exitCode !== null) throw new Error(`systemd-nspawn exited (${this.nspawn.exitCode}): ${this.log()}`);
      this.leader ||= this.findLeader();
      if (this.leader && this.run(['systemctl', 'is-active', '--quiet', 'vxnet-boot.target']).code === 0) return;
      if (Date.now() > end) throw new Error(`machine ${this.name} did not boot in ${timeoutMs} ms: ${this.log()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** The machine's init: the child of nspawn that runs systemd. */
  private findLeader(): number {
    const pid = this.nspawn?.pid;
    if (!pid) return 0;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.find((c) => existsSync(`/proc/${c}/comm`) && readFileSync(`/proc/${c}/comm`, 'utf8').trim() === 'systemd') ?? 0;
  }

  private mount(args: string[]): void {
    const r = sh('mount', args);
    if (r.code !== 0) throw new Error(`mount ${args.join(' ')}: ${r.stderr.trim()}`);
    this.mounted.unshift(args.at(-1)!);
  }

  /** Writes a file into the machine (its overlay), as root, before or while it runs. */
  write(path: string, content: string | Buffer, mode = 0o644): void {
    const p = join(this.root, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content, { mode });
  }

  /** Runs argv inside the machine (every namespace of its init) and waits for it. */
  run(argv: string[], input?: string, timeoutMs = 120_000): Run {
    if (!this.leader) throw new Error(`machine ${this.name} is not running`);
    return sh('nsenter', ['-t', String(this.leader), '-a', '--', ...argv], input, timeoutMs);
  }

  ok(argv: string[], input?: string): string {
    const r = this.run(argv, input);
    if (r.code !== 0)
      throw new Error(`${this.name}: ${argv.join(' ').slice(0, 300)} failed (${r.code}): ${r.stderr.trim()}\n${r.stdout.trim()}`);
    return r.stdout;
  }

  /** The last lines of a unit's journal in the machine (for failure messages). */
  journal(unit: string, lines = 20): string {
    return this.leader ? this.run(['journalctl', '--no-pager', '-o', 'cat', '-n', String(lines), '-u', unit]).stdout : '';
  }

  private log(): string {
    try {
      return readFileSync(join(this.dir, 'nspawn.log'), 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '';
    }
  }

  async stop(): Promise<void> {
    const p = this.nspawn;
    if (p && p.exitCode === null && p.signalCode === null) {
      const gone = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM'); // nspawn halts the machine (systemd powers off)
      const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(timer);
    }
    this.leader = 0;
    const stuck = this.mounted.filter((m) => sh('umount', [m]).code !== 0 && sh('umount', ['-l', m]).code !== 0);
    this.mounted = [];
    // Never remove through a mount: the overlay's lower layer is the host's root.
    if (stuck.length) throw new Error(`could not unmount ${stuck.join(', ')}: remove ${this.dir} by hand once it is unmounted`);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
