// Bundles the CNI plugin (dist/cni/main.js and the few files it imports) into
// one CommonJS file, dist/cni/vxnet-cni.cjs, the package's `vxnet-cni` bin: a
// runtime starts the plugin for every ADD/DEL/CHECK, and one CommonJS file
// skips the ESM loader and the module resolution of several files (bench/cni.ts
// measures start-up beside `node -e 0`). Runs after tsc.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist/cni/vxnet-cni.cjs');
await build({
  entryPoints: [join(root, 'dist/cni/main.js')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
