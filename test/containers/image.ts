// The vxnet host image for the containers suite, built in about a second with
// no registry and no network: a root filesystem made of this machine's own
// binaries (node, iproute2, nftables, ping, nats-server, sh, mount, nsenter) and the
// shared libraries ldd names for them, plus the built vxnet (dist/ and the
// production node_modules), streamed by tar into `docker import`.
// The same layout as deploy/container/Containerfile: /opt/vxnet, wrappers in
// /usr/local/bin, ENTRYPOINT vxnet-host-entrypoint (the agent).
// A "bare" image (install-tarball.test.ts) is a Debian host before vxnet:
// the same binaries plus what install.sh and the README's steps use (bash,
// tar, coreutils, setpriv) and the `nats` user that Debian's nats-server
// package creates, but no /opt/vxnet and no wrappers.
// The tag is a content hash of the inputs, so an engine that already has it
// skips the import. Must never pull: it only imports.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from './engine.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** nsenter: the agent opens its resolver's sockets inside overlay namespaces through it. */
const TOOLS = ['ip', 'bridge', 'nft', 'sysctl', 'ping', 'nats-server', 'sh', 'mount', 'env', 'nsenter'];
/** A bare host also has what install.sh and deploy/README.md's steps run. */
const BARE_TOOLS = [
  'bash',
  'tar',
  'gzip',
  'install',
  'mkdir',
  'cp',
  'ln',
  'chmod',
  'chown',
  'rm',
  'mv',
  'cat',
  'sed',
  'id',
  'dirname',
  'sleep',
  'setpriv',
];
const NATS_UNIT = '/lib/systemd/system/nats-server.service';
/** Taken when this machine has them (none needed today). */
const OPTIONAL_TOOLS: string[] = [];
/** Top-level merged-/usr links: ELF interpreters and absolute symlinks go through them. */
const USR_LINKS = ['bin', 'sbin', 'lib', 'lib64'];

/** The same entrypoint as the Containerfile's (remounts /proc/sys rw, execs the agent). */
const ENTRYPOINT = readFileSync(join(ROOT, 'deploy/container/vxnet-host-entrypoint'), 'utf8');
const wrapper = (main: string) => `#!/bin/sh\nexec node /opt/vxnet/dist/${main} "$@"\n`;

function which(tool: string): string {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin', '/usr/bin', '/bin'].filter(Boolean);
  for (const d of dirs) {
    const p = join(d, tool);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  throw new Error(
    `${tool} not found: the host image is made of this machine's binaries (apt-get install iproute2 nftables iputils-ping procps nats-server)`,
  );
}

/** Shared libraries and the interpreter of an ELF binary; none for a static one. */
function libraries(bin: string): string[] {
  let out: string;
  try {
    out = execFileSync('ldd', [bin], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return [];
  }
  const libs: string[] = [];
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)/.exec(line);
    if (m) libs.push(m[1]!);
  }
  return libs;
}

/** Adds a path and, when it is a symlink, the chain to its file; directories are resolved. Paths are relative to /. */
function addChain(path: string, out: Set<string>): void {
  const full = join(realpathSync(dirname(path)), basename(path));
  const rel = relative('/', full);
  if (out.has(rel)) return;
  out.add(rel);
  if (lstatSync(full).isSymbolicLink()) {
    const target = readlinkSync(full);
    addChain(isAbsolute(target) ? target : join(dirname(full), target), out);
  }
}

function systemEntries(bare: boolean): string[] {
  const out = new Set<string>(USR_LINKS.filter((l) => existsSync(`/${l}`)));
  const optional = OPTIONAL_TOOLS.flatMap((t) => {
    try {
      return [which(t)];
    } catch {
      return [];
    }
  });
  for (const bin of [process.execPath, ...TOOLS.map(which), ...(bare ? BARE_TOOLS.map(which) : []), ...optional]) {
    addChain(bin, out);
    for (const lib of libraries(realpathSync(bin))) addChain(lib, out);
  }
  if (bare) {
    // The unit Debian's nats-server package installs (deploy/ adds a drop-in to it).
    if (!existsSync(NATS_UNIT)) throw new Error(`${NATS_UNIT} not found: apt-get install nats-server (Debian's package)`);
    addChain(NATS_UNIT, out);
  }
  return [...out].sort();
}

/** node_modules/<pkg> directories of the production dependencies (relative to the repository). */
function productionModules(): string[] {
  let out: string;
  try {
    out = execFileSync('npm', ['ls', '--omit=dev', '--parseable', '--all'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (err) {
    // npm ls exits 1 on extraneous packages (a worktree whose node_modules is another
    // checkout's) yet still lists the tree; anything else is an error.
    out = (err as { stdout?: string }).stdout ?? '';
    if (!out.includes('/node_modules/')) throw err;
  }
  const dirs = out
    .split('\n')
    .map((l) => relative(ROOT, l.trim()))
    .filter((d) => d.startsWith('node_modules/'));
  // A nested node_modules dir is inside its parent package, which tar walks anyway.
  return [...new Set(dirs.filter((d) => !/\/node_modules\//.test(d.slice('node_modules/'.length))))].sort();
}

function walk(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, hash);
    else {
      const s = lstatSync(p);
      hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
}

function writeStage(dir: string, bare: boolean): string[] {
  const put = (rel: string, text: string, mode = 0o644) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text, { mode });
  };
  if (bare) {
    // Debian's nats-server postinst: adduser --system --group nats (ids as on this machine's Debian 12).
    put(
      'etc/passwd',
      'root:x:0:0:root:/root:/bin/bash\nnats:x:102:105:NATS.io server,,,:/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
    );
    put('etc/group', 'root:x:0:\nnats:x:105:\nnogroup:x:65534:\n');
    mkdirSync(join(dir, 'usr/local/bin'), { recursive: true });
  } else {
    put('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n');
    put('etc/group', 'root:x:0:\n');
    put('usr/local/bin/vxnet-host-entrypoint', ENTRYPOINT, 0o755);
    put('usr/local/bin/vxnet', wrapper('cli/bundle/main.js'), 0o755);
    put('usr/local/bin/vxnet-agent', wrapper('agent/bundle/main.js'), 0o755);
    put('usr/local/bin/vxnet-controller', wrapper('controller/bundle/main.js'), 0o755);
  }
  if (existsSync('/etc/iproute2')) cpSync('/etc/iproute2', join(dir, 'etc/iproute2'), { recursive: true });
  for (const d of ['run', 'root', 'var/lib/vxnet', 'proc', 'sys', 'dev']) mkdirSync(join(dir, d), { recursive: true });
  mkdirSync(join(dir, 'tmp'), { mode: 0o1777 });
  execFileSync('chmod', ['1777', join(dir, 'tmp')]);
  return ['etc', 'usr', 'run', 'root', 'var', 'proc', 'sys', 'dev', 'tmp'];
}

export interface BuiltImage {
  tag: string;
  imported: boolean;
  ms: number;
}

/** Builds (or finds) the host image in the engine; returns its tag. `bare`: without vxnet (see the top). */
export async function buildHostImage(engine: Engine, name = 'vxnet-host-test', bare = false): Promise<BuiltImage> {
  const t0 = Date.now();
  if (!bare && !existsSync(join(ROOT, 'dist/agent/bundle/main.js'))) throw new Error('dist/ is missing: build first (npm run build)');
  const sys = systemEntries(bare);
  const modules = bare ? [] : productionModules();
  const stage = mkdtempSync(join(tmpdir(), 'vxnet-image-'));
  try {
    const stageTop = writeStage(stage, bare);
    const hash = createHash('sha256');
    hash.update(`${ENTRYPOINT}\0${bare}`);
    for (const s of sys) {
      const st = lstatSync(`/${s}`);
      hash.update(`${s}\0${st.size}\0${st.mtimeMs}\n`);
    }
    hash.update(readFileSync(join(ROOT, 'package.json')));
    if (!bare) for (const d of ['dist', ...modules]) walk(join(ROOT, d), hash);
    const tag = `${name}:${hash.digest('hex').slice(0, 16)}`;
    if (engine.docker(['image', 'inspect', tag]).code === 0) return { tag, imported: false, ms: Date.now() - t0 };

    const base = basename(ROOT);
    const esc = base.replace(/[.[\]*^$\\/]/g, '\\$&');
    const args = [
      '-c',
      '-f',
      '-',
      '--numeric-owner',
      '--owner=0',
      '--group=0',
      `--transform=s/^${esc}\\//opt\\/vxnet\\//`,
      `--exclude=${base}/dist/test`,
      '--no-recursion',
      '-C',
      '/',
      ...sys,
      '--recursion',
      '-C',
      stage,
      ...stageTop,
      ...(bare ? [] : ['-C', dirname(ROOT), `${base}/package.json`, `${base}/dist`, ...modules.map((m) => `${base}/${m}`)]),
    ];
    const changes = [
      bare ? 'WORKDIR /root' : 'ENTRYPOINT ["/usr/local/bin/vxnet-host-entrypoint"]',
      ...(bare ? [] : ['WORKDIR /opt/vxnet']),
      'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    ];
    await pipeTarToImport(args, ['-H', engine.host, 'import', ...changes.flatMap((c) => ['--change', c]), '-', tag]);
    return { tag, imported: true, ms: Date.now() - t0 };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function pipeTarToImport(tarArgs: string[], dockerArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const docker = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
    const tar = spawn('tar', tarArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    const imp = spawn(docker, dockerArgs, { stdio: ['pipe', 'ignore', 'pipe'] });
    let tarErr = '';
    let impErr = '';
    tar.stderr.on('data', (d: Buffer) => {
      tarErr += d.toString();
    });
    imp.stderr.on('data', (d: Buffer) => {
      impErr += d.toString();
    });
    tar.stdout.pipe(imp.stdin);
    let tarCode: number | null = null;
    tar.on('close', (c) => {
      tarCode = c;
    });
    imp.on('close', (c) => {
      if (tarCode !== 0 && tarCode !== null) reject(new Error(`tar failed (${tarCode}): ${tarErr.trim()}`));
      else if (c !== 0) reject(new Error(`docker import failed (${c}): ${impErr.trim()}`));
      else resolve();
    });
    tar.on('error', reject);
    imp.on('error', reject);
  });
}
