// What agents keep outside their namespaces for workload names (agent/files.ts,
// agent/kernel/uts.ts): files under /etc/netns/<ns>/ and UTS namespaces
// bind-mounted under /run/vxnet/uts/<ns>. An agent removes them with its
// workloads; a test cluster whose agents are killed leaves them, so its stop()
// removes every entry carrying the cluster's unique prefix, and nothing else.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ETC_NETNS = '/etc/netns';
export const UTS_DIR = '/run/vxnet/uts';

/** Entries of `dir` that start with `prefix` (none when dir is missing). */
export function entriesWithPrefix(dir: string, prefix: string): string[] {
  try {
    return readdirSync(dir).filter((e) => e.startsWith(prefix));
  } catch {
    return [];
  }
}

export function removeNameFiles(prefix: string): void {
  if (!/^[a-z0-9][a-z0-9-]{2,}$/.test(prefix)) throw new Error(`refusing to clean with prefix "${prefix}"`);
  for (const e of entriesWithPrefix(UTS_DIR, prefix)) {
    try {
      execFileSync('umount', [join(UTS_DIR, e)], { stdio: 'ignore' });
    } catch {
      /* not mounted */
    }
    rmSync(join(UTS_DIR, e), { force: true });
  }
  for (const e of entriesWithPrefix(ETC_NETNS, prefix)) rmSync(join(ETC_NETNS, e), { recursive: true, force: true });
}
