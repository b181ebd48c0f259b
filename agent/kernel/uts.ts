// Workload hostnames: a persistent UTS namespace per workload namespace.
// `ip netns exec` switches the network and mount namespaces only, so a
// workload's hostname needs a UTS namespace of its own. `unshare --uts=FILE
// hostname NAME` creates one and bind-mounts it on FILE (what `ip netns add`
// does for network namespaces under /run/netns); processes then start through
// `nsenter --uts=FILE -- ip netns exec NS …`. A bind mount rather than a
// long-lived holder process: nothing to supervise, and like the network
// namespace it outlives agent restarts.
// Must never stack a second mount on FILE (it knows which files are mounts) and never
// touch a file outside its directory (names pass a strict check).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool } from './run.js';

export const DEFAULT_UTS_DIR = '/run/vxnet/uts';

const HOSTNAME = /^[a-zA-Z0-9][a-zA-Z0-9.-]{0,62}$/;
const NS = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,254}$/;

export class UtsNamespaces {
  /** Namespaces whose UTS file holds a namespace set by this process. */
  private readonly ready = new Set<string>();
  /**
   * The files under `dir` that are namespace mounts: read from the mount table
   * once (what an earlier agent left), then kept by set() and drop(), the only
   * writers there. A mount table of thousands of namespace binds costs ~1 ms
   * to read: once per workload, it was most of a hostname's time.
   */
  private mounted: Promise<Set<string>> | undefined;

  constructor(
    readonly dir: string = DEFAULT_UTS_DIR,
    private readonly timeoutMs?: number,
  ) {}

  file(ns: string): string {
    if (!NS.test(ns)) throw new Error(`invalid namespace name "${ns}"`);
    return join(this.dir, ns);
  }

  /** What a spawn into `ns` goes through: nsenter into its UTS namespace once it has one. */
  wrap(ns: string): string[] {
    return this.ready.has(ns) ? ['nsenter', `--uts=${this.file(ns)}`, '--'] : [];
  }

  async set(ns: string, hostname: string): Promise<void> {
    if (!HOSTNAME.test(hostname)) throw new Error(`invalid hostname "${hostname}": use up to 63 characters [a-zA-Z0-9.-]`);
    const file = this.file(ns);
    const mounted = await this.mounts();
    if (mounted.has(file)) {
      try {
        await runTool(['nsenter', `--uts=${file}`, 'hostname', hostname], this.opts());
        this.ready.add(ns);
        return;
      } catch (err) {
        // Unmounted behind our back? Read the table again; if it is still a mount, the error stands.
        this.mounted = undefined;
        if ((await this.mounts()).has(file)) throw err;
      }
    }
    await mkdir(this.dir, { recursive: true });
    await writeFile(file, '', { flag: 'a' }); // unshare needs the mount point to exist
    await runTool(['unshare', `--uts=${file}`, 'hostname', hostname], this.opts());
    (await this.mounts()).add(file);
    this.ready.add(ns);
  }

  async drop(ns: string): Promise<void> {
    const file = this.file(ns);
    this.ready.delete(ns);
    const mounted = await this.mounts();
    if (mounted.has(file)) {
      await runTool(['umount', file], this.opts());
      mounted.delete(file);
    }
    await rm(file, { force: true });
  }

  private opts(): { timeoutMs?: number } {
    return this.timeoutMs === undefined ? {} : { timeoutMs: this.timeoutMs };
  }

  private mounts(): Promise<Set<string>> {
    this.mounted ??= nsMountsUnder(this.dir);
    return this.mounted;
  }
}

/** The namespace files (nsfs mounts) directly under `dir` in this mount namespace. */
async function nsMountsUnder(dir: string): Promise<Set<string>> {
  const out = new Set<string>();
  let text: string;
  try {
    text = await readFile('/proc/self/mountinfo', 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    // "id parent major:minor root mountpoint options ... - fstype source superoptions"
    const fields = line.split(' ');
    const dash = fields.indexOf('-');
    const at = fields[4];
    if (at !== undefined && dash > 0 && fields[dash + 1] === 'nsfs' && at.startsWith(`${dir}/`) && !at.slice(dir.length + 1).includes('/'))
      out.add(at);
  }
  return out;
}
