// A private containerd 1.6 for the `ctr run --cni` test: its own root, state,
// socket and config (CRI plugin off) under one directory, a busybox-static
// image imported from a docker-archive made here (no registry), the native
// snapshotter. `ctr --cni` reads only /etc/cni/net.d (its first file) and
// /opt/cni/bin: what this writes there is recorded and removed by stop().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTestWrapper, PLUGIN_WRAPPER } from './cni-helpers.js';
import { run, type CliResult } from './cluster.js';

export const CTR_IMAGE = 'localhost/vxnet-busybox:latest';
const NET_D = '/etc/cni/net.d';
const BIN = '/opt/cni/bin';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export class Containerd {
  private proc: ChildProcess | undefined;
  /** Files and directories written outside `dir`, removed by stop(). */
  private readonly written: string[] = [];
  readonly sock: string;

  constructor(
    readonly dir: string,
    /** The containerd namespace (unique per run: the shim keeps /run/containerd/runc/<ns>). */
    readonly ns: string,
  ) {
    this.sock = join(dir, 'c.sock');
  }

  static async start(dir: string, ns: string): Promise<Containerd> {
    for (const p of ['/usr/bin/containerd', '/usr/bin/ctr', '/usr/sbin/runc', '/usr/bin/busybox']) {
      if (!existsSync(p)) throw new Error(`${p} is missing: apt-get install containerd runc busybox-static`);
    }
    const c = new Containerd(dir, ns);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'config.toml'),
      `version = 2\nroot = "${dir}/root"\nstate = "${dir}/state"\ndisabled_plugins = ["io.containerd.grpc.v1.cri"]\n[grpc]\n  address = "${c.sock}"\n`,
    );
    c.noteIfNew('/run/containerd');
    c.proc = spawn('containerd', ['--config', join(dir, 'config.toml')], { stdio: 'ignore', detached: true });
    for (let i = 0; i < 100 && !existsSync(c.sock); i++) await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(c.sock)) throw new Error('containerd did not start');
    const r = await c.ctr(['image', 'import', '--snapshotter', 'native', c.buildImage()]);
    if (r.code !== 0) throw new Error(`ctr image import failed: ${r.stderr}`);
    return c;
  }

  /** A docker-archive (manifest.json, config, one layer) of a busybox-static rootfs. */
  private buildImage(): string {
    const img = join(this.dir, 'img');
    const rootfs = join(this.dir, 'rootfs');
    for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp']) mkdirSync(join(rootfs, d), { recursive: true });
    copyFileSync('/usr/bin/busybox', join(rootfs, 'bin/busybox'));
    for (const a of ['sh', 'ping', 'cat', 'ip', 'sleep']) symlinkSync('busybox', join(rootfs, 'bin', a));
    mkdirSync(img, { recursive: true });
    execFileSync('tar', ['-C', rootfs, '-cf', join(img, 'layer.tar'), '.']);
    const config = {
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha(join(img, 'layer.tar'))}`] },
    };
    writeFileSync(join(img, 'config.json'), JSON.stringify(config));
    const cfg = `${sha(join(img, 'config.json'))}.json`;
    copyFileSync(join(img, 'config.json'), join(img, cfg));
    rmSync(join(img, 'config.json'));
    writeFileSync(join(img, 'manifest.json'), JSON.stringify([{ Config: cfg, RepoTags: [CTR_IMAGE], Layers: ['layer.tar'] }]));
    const archive = join(this.dir, 'image.tar');
    execFileSync('tar', ['-C', img, '-cf', archive, '.']);
    return archive;
  }

  /** Installs the plugin as /opt/cni/bin/vxnet and a conflist that sorts first in /etc/cni/net.d. */
  installCni(name: string, plugin: Record<string, unknown>): void {
    this.noteIfNew('/opt/cni');
    mkdirSync(BIN, { recursive: true });
    const bin = join(BIN, 'vxnet');
    // A wrapper this suite wrote in a run that was killed before its stop() is ours to replace;
    // anything else is another installation and stays untouched.
    if (existsSync(bin) && !isTestWrapper(readFileSync(bin, 'utf8'))) {
      throw new Error(`${bin} exists already: not overwriting another installation`);
    }
    // Conflists left by such a killed run (their agent socket is gone) would sort before ours.
    for (const f of existsSync(NET_D) ? readdirSync(NET_D) : []) {
      if (!/^00-vx[0-9a-f]+-ctr\.conflist$/.test(f)) continue;
      const sock = /"agentSocket":"([^"]+)"/.exec(readFileSync(join(NET_D, f), 'utf8'))?.[1];
      if (sock && !existsSync(sock)) rmSync(join(NET_D, f), { force: true });
    }
    writeFileSync(bin, PLUGIN_WRAPPER, { mode: 0o755 });
    this.written.push(bin);
    this.noteIfNew(NET_D);
    mkdirSync(NET_D, { recursive: true });
    const conf = join(NET_D, `00-${this.ns}.conflist`);
    writeFileSync(conf, JSON.stringify({ cniVersion: '1.0.0', name, plugins: [{ type: 'vxnet', ...plugin }] }));
    this.written.push(conf);
    const first = readdirSync(NET_D).sort()[0];
    if (first !== `00-${this.ns}.conflist`) throw new Error(`${NET_D}/${first} sorts before ours: ctr would use it`);
  }

  ctr(args: string[], timeoutMs = 60_000): Promise<CliResult> {
    return run('ctr', ['-a', this.sock, '-n', this.ns, ...args], timeoutMs);
  }

  private noteIfNew(path: string): void {
    if (!existsSync(path)) this.written.push(path);
  }

  async stop(): Promise<void> {
    if (this.proc?.pid) {
      await this.ctr(['task', 'kill', '-s', 'SIGKILL', 'ct1']).catch(() => undefined);
      try {
        process.kill(-this.proc.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    rmSync(join('/run/containerd/runc', this.ns), { recursive: true, force: true });
    for (const p of this.written.reverse()) rmSync(p, { recursive: true, force: true });
    rmSync(this.dir, { recursive: true, force: true });
  }
}
