// `npm run release`: the release tarball dist/release/vxnet-<version>.tar.gz,
// which needs Node >= 20.5 and nothing else from npm (no node_modules): the
// CLI, the agent (with its namespace-socket helper), the controller and
// gen-credentials bundled by esbuild into lib/ (shared chunks, code
// splitting), the CNI plugin (already one file), THIRD-PARTY-LICENSES of the
// bundled packages, bin/ wrappers, deploy/ (nats
// configurations, systemd units, sample configs, README), install.sh, LICENSE,
// README.md and a package.json holding the version. Runs after `npm run build`
// (it bundles dist/). Owns the tarball's layout; must never put dev
// dependencies, tests or sources in it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE, REQUIRE_SHIM } from './esbuild-common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `vxnet-${pkg.version}`;
const out = join(root, 'dist/release');
const stage = join(out, name);
rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// Every chunk refuses an old Node with one line before anything else runs
// (Debian 12's nodejs is 18); then gives CommonJS dependencies a require().
const NODE_CHECK =
  "if(!globalThis.__vxnetNodeChecked){globalThis.__vxnetNodeChecked=1;const[a,b]=process.versions.node.split('.').map(Number);" +
  "if(a<20||(a===20&&b<5)){process.stderr.write('vxnet: Node '+process.versions.node+' is too old: vxnet needs Node >= 20.5 (Debian 12 ships 18: see /opt/vxnet/deploy/README.md, \"What each machine needs\")\\n');process.exit(1)}}";
const ENTRIES = {
  vxnet: 'dist/cli/main.js',
  'vxnet-agent': 'dist/agent/main.js',
  'vxnet-controller': 'dist/controller/main.js',
  'vxnet-gen-credentials': 'dist/cli/lab/gen-credentials.js',
  // The agent starts it by path (agent/kernel/ns-sockets.ts: next to the agent's code).
  'ns-socket-child': 'dist/agent/kernel/ns-socket-child.js',
};
const bundled = await build({
  metafile: true,
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(root, v)])),
  outdir: join(stage, 'lib'),
  ...NODE_BUNDLE,
  banner: { js: `${NODE_CHECK}\n${REQUIRE_SHIM}` },
});
cpSync(join(root, 'dist/cni/vxnet-cni.cjs'), join(stage, 'lib/vxnet-cni.cjs'));

// The bundles carry code of these packages: their licences go along (one file).
const packages = new Map(); // package directory (the innermost node_modules/NAME) → NAME
for (const input of Object.keys(bundled.metafile.inputs)) {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) continue;
  const rest = input.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  packages.set(join(root, input.slice(0, at), 'node_modules', name), name);
}
const notices = [...packages]
  .sort((a, b) => a[1].localeCompare(b[1]))
  .map(([dir, p]) => {
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file
      ? readFileSync(join(dir, file), 'utf8').trim()
      : `(no licence file in the package; package.json says ${meta.license})`;
    return `${p} ${meta.version} (${meta.license})\n\n${text}\n`;
  });
writeFileSync(join(stage, 'THIRD-PARTY-LICENSES'), notices.join(`\n${'-'.repeat(72)}\n\n`));

// bin/: the commands, each a small sh wrapper (node from PATH: NodeSource's
// /usr/bin/node or a tarball's /usr/local/bin/node both work, also under systemd).
mkdirSync(join(stage, 'bin'));
for (const cmd of ['vxnet', 'vxnet-agent', 'vxnet-controller', 'vxnet-gen-credentials']) {
  const p = join(stage, 'bin', cmd);
  writeFileSync(p, `#!/bin/sh\nexec node /opt/vxnet/lib/${cmd}.js "$@"\n`, { mode: 0o755 });
}
symlinkSync('../lib/vxnet-cni.cjs', join(stage, 'bin/vxnet-cni'));
chmodSync(join(stage, 'lib/vxnet-cni.cjs'), 0o755);

// deploy/ without the container image (it builds from a checkout, not from this).
cpSync(join(root, 'deploy'), join(stage, 'deploy'), { recursive: true, filter: (src) => !/\/deploy\/(container|install\.sh)/.test(src) });
cpSync(join(root, 'deploy/install.sh'), join(stage, 'install.sh'));
chmodSync(join(stage, 'install.sh'), 0o755);
for (const f of ['LICENSE', 'README.md']) cpSync(join(root, f), join(stage, f));
// "type": "module" makes lib/*.js ES modules; the version is what every program reports (lib/version.ts).
const slim = { name: pkg.name, version: pkg.version, license: pkg.license, type: 'module', engines: pkg.engines };
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(slim, null, 2)}\n`);

const tarball = join(out, `${name}.tar.gz`);
execFileSync('tar', ['-C', out, '--sort=name', '--owner=0', '--group=0', '--numeric-owner', '--mtime=@0', '-czf', tarball, name]);
rmSync(stage, { recursive: true, force: true });
process.stdout.write(`${tarball} (${Math.round(statSync(tarball).size / 1024)} KiB)\n`);
