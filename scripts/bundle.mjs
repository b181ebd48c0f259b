// Bundles the three long-lived programs of the package, each with everything
// it imports, into a few files under dist/<program>/bundle/: the `vxnet` CLI
// (dist/cli/main.js), the agent (dist/agent/main.js, with the namespace-socket
// helper it starts by path beside its code) and the controller
// (dist/controller/main.js). These are the package's bins, and what the lab,
// the tests and the benchmarks start: what users run. Node then resolves and
// reads a handful of files instead of ~200: most of a CLI command's start-up,
// and ~19 MB of a daemon's resident memory (measured: the agent's modules
// loaded as 75 MB RSS unbundled, 56 MB bundled: one module record instead of
// hundreds, one source text). Dynamic imports stay lazy (code splitting), so
// each main.js still sets V8's flags before the rest loads. The esbuild
// settings are the release's (scripts/esbuild-common.mjs: whitespace-minified,
// names kept). Runs after tsc; the unbundled dist/*/main.js still work. The
// release (scripts/release.mjs) bundles the same entry points into one lib/
// for the tarball.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE, REQUIRE_SHIM } from './esbuild-common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = {
  cli: { main: 'dist/cli/main.js' },
  agent: { main: 'dist/agent/main.js', 'ns-socket-child': 'dist/agent/kernel/ns-socket-child.js' },
  controller: { main: 'dist/controller/main.js' },
};
for (const [program, entries] of Object.entries(PROGRAMS)) {
  const outdir = join(root, 'dist', program, 'bundle');
  // Chunk names change with their content: old ones would pile up.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    outdir,
    ...NODE_BUNDLE,
    banner: { js: REQUIRE_SHIM },
  });
}
