// The plan of which host ports a run asks for: its `-p` specs (parsed by
// lib/ports.ts, shared with the CLI) and, with -P, every exposed port.
// Must never: claim anything (claims.ts) or touch the store.
import { InvalidArgument } from '../lib/errors.js';
import { parseExpose, parsePublish, type PortRequest } from '../lib/ports.js';

/**
 * Everything a run publishes: the `-p` specs, then with `-P` every exposed
 * port not already published, to a random host port.
 */
export function planPorts(publish: readonly string[], publishAll: boolean, expose: readonly string[]): PortRequest[] {
  const out = publish.flatMap(parsePublish);
  const exposed = expose.flatMap(parseExpose);
  const seen = new Set<string>();
  for (const r of out) {
    const key = `${r.protocol}:${r.hostIp}:${r.hostFrom}:${r.hostTo}`;
    if (r.hostFrom !== 0 && r.hostFrom === r.hostTo) {
      if (seen.has(key)) throw new InvalidArgument(`host port ${r.hostFrom}/${r.protocol} is published twice: publish it once`);
      seen.add(key);
    }
  }
  if (publishAll) {
    for (const e of exposed) {
      if (!out.some((r) => r.protocol === e.protocol && r.containerPort === e.containerPort)) out.push(e);
    }
  }
  return out;
}
