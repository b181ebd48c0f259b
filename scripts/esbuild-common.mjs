// The esbuild settings every Node bundle of vxnet shares: the dist bundles
// (scripts/bundle.mjs: what the lab, tests and benchmarks run) and the release
// tarball's lib/ (scripts/release.mjs), so the two are the same code in the
// same shape. Whitespace-minified, comments dropped, names kept (stack traces
// still name every function): V8 keeps a script's whole source in the heap,
// and a source with any character above U+00FF (an arrow or a dash in a
// comment) is stored as UTF-16: the agent's 2.8 MB of source took 5.6 MB of
// heap; minified it is 1.9 MB stored as 1.9 MB.
// Must never: mangle identifiers (traces and typed errors keep their names).

/** The require() some CommonJS dependencies call, given to the ESM bundle. */
export const REQUIRE_SHIM =
  "import { createRequire as __vxnetRequire } from 'node:module'; const require = __vxnetRequire(import.meta.url);";

export const NODE_BUNDLE = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
};
