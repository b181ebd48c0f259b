// Bundles the `vxnet` CLI (dist/cli/main.js and everything it imports) into a
// few files under dist/cli/bundle/, the package's `vxnet` bin: Node then
// resolves and reads a handful of files instead of ~200, which is most of a
// command's start-up. Verbs stay lazily loaded (code splitting per dynamic
// import). Runs after tsc; the unbundled dist/cli/main.js still works.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli/bundle');
// Chunk names change with their content: old ones would pile up.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'dist/cli/main.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __vxnetRequire } from 'node:module'; const require = __vxnetRequire(import.meta.url);" },
});
