// The shell blocks of deploy/README.md that the install tests run: each
// ```sh block preceded by <!-- install-test: NAME --> is read by name, so the
// tests follow the README's own words (install-tarball.test.ts on three
// containers, systemd.test.ts under the real systemd). Must never run
// anything itself.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const README = readFileSync(join(ROOT, 'deploy/README.md'), 'utf8');

/** The README's block marked `<!-- install-test: name -->`. */
export function block(name: string): string {
  const m = new RegExp(`<!-- install-test: ${name} -->\\s*\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!m) throw new Error(`deploy/README.md has no block marked install-test: ${name}`);
  return m[1]!;
}
