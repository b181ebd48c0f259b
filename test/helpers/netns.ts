// Throwaway network namespaces for tests that need the real kernel.
// Every namespace and root-namespace link a lab makes carries its unique
// prefix (`vx<tag><pid36><rand>-`), and cleanup() removes all of them; it is
// registered with node:test's after() (or a test's t.after) and, as a last
// resort, on process exit, so a failing test never leaves anything behind.
// Must never touch anything without the prefix.
import { execFileSync } from 'node:child_process';
import { after as suiteAfter } from 'node:test';
import { runTool, runToolResult, type RunResult } from '../../agent/kernel/run.js';

export interface TestNetnsOptions {
  /** How to register cleanup; default node:test's after(). Pass `t.after.bind(t)` inside a test. */
  after?: (fn: () => Promise<void>) => void;
}

const live = new Set<TestNetns>();
let exitHookInstalled = false;

export class TestNetns {
  private readonly rootLinks = new Set<string>();
  private cleaned = false;

  private constructor(readonly prefix: string) {}

  /**
   * A lab with a fresh prefix; tag is 1-3 letters saying which suite made it.
   * Call it at module top level (then node:test's after() runs cleanup when
   * the file's tests are done) or inside a test passing `{ after: t.after.bind(t) }`;
   * called inside a before() hook, after() would clean up as soon as the hook ends.
   */
  static async create(tag = 't', options: TestNetnsOptions = {}): Promise<TestNetns> {
    if (!/^[a-z]{1,3}$/.test(tag)) throw new Error(`TestNetns tag must be 1-3 lowercase letters, got "${tag}"`);
    const rand = Math.floor(Math.random() * 36 * 36)
      .toString(36)
      .padStart(2, '0');
    const lab = new TestNetns(`vx${tag}${process.pid.toString(36)}${rand}-`);
    live.add(lab);
    installExitHook();
    (options.after ?? suiteAfter)(() => lab.cleanup());
    return lab;
  }

  /** The full name of a namespace or link of this lab. */
  name(suffix: string): string {
    return `${this.prefix}${suffix}`;
  }

  /** Creates namespace prefix+suffix (lo up) and returns its name. */
  async addNs(suffix: string): Promise<string> {
    const ns = this.name(suffix);
    await runTool(['ip', 'netns', 'add', ns]);
    await runTool(['ip', 'link', 'set', 'lo', 'up'], { netns: ns });
    return ns;
  }

  /**
   * A veth pair between two of the lab's namespaces, each end created
   * directly in its namespace (nothing appears in the root namespace),
   * optionally addressed and brought up.
   */
  async wire(a: { ns: string; name: string; cidr?: string }, b: { ns: string; name: string; cidr?: string }, mtu = 1500): Promise<void> {
    await runTool([
      'ip',
      'link',
      'add',
      a.name,
      'netns',
      a.ns,
      'mtu',
      String(mtu),
      'type',
      'veth',
      'peer',
      'name',
      b.name,
      'netns',
      b.ns,
      'mtu',
      String(mtu),
    ]);
    for (const end of [a, b]) {
      const lines = [...(end.cidr ? [`addr add ${end.cidr} dev ${end.name}`] : []), `link set ${end.name} up`];
      await runTool(['ip', '-batch', '-'], { netns: end.ns, stdin: `${lines.join('\n')}\n` });
    }
  }

  /** Records a root-namespace link (its name must carry the prefix) for cleanup. */
  trackRootLink(name: string): void {
    if (!name.startsWith(this.prefix)) throw new Error(`root link ${name} lacks the lab prefix ${this.prefix}`);
    this.rootLinks.add(name);
  }

  /** Runs argv inside ns ('' = the root namespace); throws KernelCommandError on failure. */
  run(ns: string, argv: readonly string[], stdin?: string): Promise<string> {
    return runTool(argv, { netns: ns || undefined, stdin });
  }

  /** Like run() but returns the exit code and output instead of throwing. */
  exec(ns: string, argv: readonly string[], stdin?: string): Promise<RunResult> {
    return runToolResult(argv, { netns: ns || undefined, stdin });
  }

  /** Namespaces of this lab that exist now. */
  async namespaces(): Promise<string[]> {
    return listNetns().filter((n) => n.startsWith(this.prefix));
  }

  /** Deletes every namespace and root link with the prefix. Safe to call twice. */
  async cleanup(): Promise<void> {
    if (this.cleaned) return;
    this.cleaned = true;
    live.delete(this);
    cleanupSync(this.prefix, this.rootLinks);
  }
}

function listNetns(): string[] {
  const out = execFileSync('ip', ['-j', 'netns', 'list'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (out === '') return [];
  const parsed: unknown = JSON.parse(out);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((n: { name?: unknown }) => (typeof n.name === 'string' ? n.name : '')).filter((n) => n !== '');
}

// Synchronous so the same code serves after() and the process 'exit' hook.
function cleanupSync(prefix: string, rootLinks: ReadonlySet<string>): void {
  const quiet = { stdio: 'ignore' as const };
  for (const ns of listNetns().filter((n) => n.startsWith(prefix))) {
    try {
      execFileSync('ip', ['netns', 'del', ns], quiet);
    } catch {
      /* already gone */
    }
  }
  // stderr ignored: ip warns about peers in namespaces being deleted meanwhile.
  const links = execFileSync('ip', ['-j', 'link', 'show'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const names = (JSON.parse(links) as { ifname?: unknown }[])
    .map((l) => (typeof l.ifname === 'string' ? l.ifname : ''))
    .filter((n) => n.startsWith(prefix) || rootLinks.has(n));
  for (const name of names) {
    try {
      execFileSync('ip', ['link', 'del', name], quiet);
    } catch {
      /* peer went first */
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lab of live) cleanupSync(lab.prefix, new Set());
  });
}
