// A private podman 4.3 for tests (DESIGN "CNI"): CNI backend, its own
// containers.conf, storage, run and tmp directories under one directory, our
// plugin directory and network configs, default_ulimits lowered (this machine
// lacks CAP_SYS_RESOURCE), and a busybox-static image imported from a local
// rootfs tarball (never a registry). Everything lives under `dir`; remove()
// deletes the containers it ran, then the directory.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { installPlugin } from './cni-helpers.js';
import type { CliResult } from './cluster.js';

export const IMAGE = 'localhost/vxnet-busybox';
const BUSYBOX = '/usr/bin/busybox';

export class Podman {
  readonly pluginDir: string;
  readonly netDir: string;
  private readonly env: Record<string, string>;

  constructor(readonly dir: string) {
    this.pluginDir = join(dir, 'bin');
    this.netDir = join(dir, 'net.d');
    this.env = { ...(process.env as Record<string, string>), CONTAINERS_CONF: join(dir, 'containers.conf') };
  }

  /** Fails (never skips) naming what is missing. */
  static async create(dir: string): Promise<Podman> {
    for (const [what, path] of [
      ['podman', '/usr/bin/podman'],
      ['conmon', '/usr/bin/conmon'],
      ['runc', '/usr/sbin/runc'],
      ['busybox-static', BUSYBOX],
    ] as const) {
      if (!existsSync(path)) throw new Error(`${what} is missing (${path}): apt-get install podman busybox-static runc conmon`);
    }
    const p = new Podman(dir);
    mkdirSync(p.netDir, { recursive: true });
    installPlugin(p.pluginDir);
    writeFileSync(
      join(dir, 'containers.conf'),
      [
        '[containers]',
        'default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]',
        '[engine]',
        'cgroup_manager = "cgroupfs"',
        'runtime = "runc"',
        'events_logger = "file"',
        '[network]',
        'network_backend = "cni"',
        `cni_plugin_dirs = ["${p.pluginDir}", "/usr/lib/cni"]`,
        `network_config_dir = "${p.netDir}"`,
        '',
      ].join('\n'),
    );
    const rootfs = join(dir, 'rootfs');
    for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp']) mkdirSync(join(rootfs, d), { recursive: true });
    copyFileSync(BUSYBOX, join(rootfs, 'bin/busybox'));
    for (const a of ['sh', 'ping', 'nslookup', 'cat', 'ip', 'nc', 'sleep', 'echo']) symlinkSync('busybox', join(rootfs, 'bin', a));
    execFileSync('tar', ['-C', rootfs, '-cf', join(dir, 'rootfs.tar'), '.']);
    const r = await p.run(['import', join(dir, 'rootfs.tar'), IMAGE]);
    if (r.code !== 0) throw new Error(`podman import failed: ${r.stderr}`);
    return p;
  }

  /** A CNI network for podman: a conflist with the vxnet plugin (what the README shows). */
  addNetwork(name: string, plugin: Record<string, unknown>): void {
    const conflist = { cniVersion: '0.4.0', name, plugins: [{ type: 'vxnet', ...plugin }] };
    writeFileSync(join(this.netDir, `${name}.conflist`), `${JSON.stringify(conflist, null, 2)}\n`);
  }

  run(args: string[], timeoutMs = 60_000): Promise<CliResult> {
    const base = ['--root', join(this.dir, 'root'), '--runroot', join(this.dir, 'run'), '--tmpdir', join(this.dir, 'tmp')];
    return new Promise((resolve) => {
      const child = spawn('podman', [...base, '--storage-driver', 'vfs', ...args], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code: code ?? 1, stdout, stderr });
      });
    });
  }

  async remove(): Promise<void> {
    await this.run(['rm', '-af', '-t', '0']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
