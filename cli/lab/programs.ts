// Where this build's programs are: the bundles scripts/bundle.mjs makes under
// dist/<program>/bundle/, the package's bins. The lab, the tests and the
// benchmarks start these, so they run what users run.
// Must never point at the unbundled dist/*/main.js (they work, but are not
// what is shipped: more files to load, ~19 MB more resident memory).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/ of this build: dist/cli/lab/programs.js, or a chunk in dist/cli/bundle/, → dist/. */
const DIST = fileURLToPath(new URL('../../', import.meta.url));

export const PROGRAMS = {
  cli: join(DIST, 'cli/bundle/main.js'),
  agent: join(DIST, 'agent/bundle/main.js'),
  controller: join(DIST, 'controller/bundle/main.js'),
} as const;
