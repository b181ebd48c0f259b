// The software version every vxnet program reports: package.json's, read once.
// Must never: be hard-coded anywhere else.
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached) return cached;
  // dist/lib/version.js → ../../package.json; the CLI bundle (dist/cli/bundle/) → ../../../package.json.
  for (const rel of ['../../package.json', '../../../package.json', '../package.json']) {
    try {
      cached = (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { version: string }).version;
      return cached;
    } catch {
      // try the next layout
    }
  }
  return 'unknown';
}
