// Generates proto/gen/vxnet.{js,d.ts} from proto/vxnet.proto with protobufjs-cli.
// Generated files are committed and never edited by hand; the build copies the
// .js next to the compiled TypeScript because tsc does not emit it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, copyFileSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'proto/vxnet.proto');
const out = join(root, 'proto/gen/vxnet.js');
const dts = join(root, 'proto/gen/vxnet.d.ts');
const bin = (name) => join(root, 'node_modules/.bin', name);

mkdirSync(dirname(out), { recursive: true });
const stale = !existsSync(out) || !existsSync(dts) || statSync(src).mtimeMs > statSync(out).mtimeMs;
if (stale && existsSync(bin('pbjs'))) {
  execFileSync(
    bin('pbjs'),
    ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify', '--no-delimited', '--no-typeurl', '-o', out, src],
    { stdio: 'inherit' },
  );
  // Node's ESM resolver needs the explicit file extension. int64 fields hold
  // epoch milliseconds: decode them as plain numbers, never as Long objects
  // (the `long` package is installed, so protobufjs would use it otherwise).
  const js = readFileSync(out, 'utf8')
    .replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"')
    .replace('// Common aliases', '$protobuf.util.Long = undefined;\n$protobuf.configure();\n\n// Common aliases');
  writeFileSync(out, js);
  execFileSync(bin('pbts'), ['-o', dts, out], { stdio: 'inherit' });
}
mkdirSync(join(root, 'dist/proto/gen'), { recursive: true });
copyFileSync(out, join(root, 'dist/proto/gen/vxnet.js'));
