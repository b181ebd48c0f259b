// The agent's interface to the kernel: the reconciler, the predictor and the
// per-workload services (files, processes, exec) reach namespaces, links,
// nftables and processes only through it. (The agent also reads and writes
// plain files of its own: state, pid files, /etc/netns.) LinuxKernel (iproute2 +
// nftables) implements it; FakeKernel (Linux's model in memory) implements it
// for unit tests and is what the predictor runs in production.
import type { NsName, ObservedNamespace, ObservedState, Op } from '../model/kernel-objects.js';
import type { DnsSockets } from './ns-sockets.js';

export type { DnsSockets };

export interface ObserveScope {
  /** Namespaces whose names start with this prefix belong to the agent. */
  prefix: string;
  /**
   * Only these namespaces (never HOST_NS, no sysctls): a partial observation,
   * for what a prediction cannot know (a runtime's namespace just bound).
   * Those that do not exist are absent from the result.
   */
  only?: readonly NsName[];
}

export interface Kernel {
  /**
   * Reads everything vxnet may own: the agent's own namespace (HOST_NS) and
   * every namespace with the prefix, their links, addresses, routes, FDB and
   * neighbour entries of vxlan devices, and the vxnet nftables table.
   */
  observe(scope: ObserveScope): Promise<ObservedState>;

  /**
   * Applies ops in order of their stage (model.STAGE), batching per tool and
   * namespace. Not atomic: on failure it throws a KernelApplyError that says
   * which ops may not have been applied; the caller observes again and
   * re-plans instead of rolling back. Removing something already gone is success.
   */
  apply(ops: readonly Op[]): Promise<ApplyResult>;

  /**
   * Calls onChange whenever link or address events name `dev` in the agent's
   * own namespace (the underlay: its MTU and address are host facts the
   * target depends on, and a prediction never changes them). Events are
   * pushed by the kernel, so seeing them costs no process per pass. Returns
   * a function that stops watching.
   */
  watchLink?(dev: string, onChange: () => void): () => void;

  /**
   * Reads one namespace (links, addresses, routes) as observe() would; undefined
   * when it does not exist. For CNI CHECK: the live state of one container.
   */
  inspectNamespace(ns: NsName): Promise<ObservedNamespace | undefined>;

  /** Makes FIFOs (mode 0600) at paths that do not exist yet; for workload output. */
  makeFifos(paths: readonly string[]): Promise<void>;

  /** Runs argv inside a namespace, streaming output; for `vxnet exec` and workload commands. */
  spawnIn(ns: NsName, argv: readonly string[], options?: SpawnOptions): SpawnedProcess;

  /**
   * Gives workload namespace `ns` a UTS namespace of its own holding
   * `hostname`, kept by a bind mount (as /run/netns keeps network namespaces),
   * so every later spawnIn(ns, …) runs with that hostname. Idempotent.
   */
  setHostname?(ns: NsName, hostname: string): Promise<void>;

  /** Removes what setHostname made for `ns`; already gone is success. */
  dropHostname?(ns: NsName): Promise<void>;

  /**
   * UDP and TCP sockets bound to address:port inside namespace `ns`, for the
   * agent's resolver. They are closed by the kernel before `ns` is deleted.
   */
  openDnsSockets?(ns: NsName, address: string, port: number): Promise<DnsSockets>;
}

export interface ApplyResult {
  /** Number of tool invocations (processes) it took: what the benchmarks count. */
  processes: number;
}

export interface SpawnOptions {
  /** Extra environment; the process gets a minimal PATH otherwise. */
  env?: Record<string, string>;
  /**
   * FIFOs (made by makeFifos) the process's stdout and stderr go to instead of
   * pipes (workload output): the process holds them open read-write, so it
   * never gets SIGPIPE while no agent reads them.
   */
  output?: { stdout: string; stderr: string };
  timeoutMs?: number;
  /** Give the process a stdin pipe (write/end); otherwise stdin is /dev/null. */
  stdin?: boolean;
  /**
   * The process keeps running when the agent stops (workload commands): it is
   * not killed when the agent exits, and runs in its own session, out of the
   * agent's process group.
   */
  outlivesAgent?: boolean;
}

export interface SpawnedProcess {
  readonly pid: number | undefined;
  onStdout(cb: (chunk: Uint8Array) => void): void;
  onStderr(cb: (chunk: Uint8Array) => void): void;
  /** Resolves with the exit code (128+signal when killed). Never rejects. */
  readonly exited: Promise<number>;
  kill(signal?: NodeJS.Signals): void;
  /** Stdin, when spawned with `stdin: true` (no-ops otherwise). */
  write(data: Uint8Array): void;
  end(): void;
}

export class KernelApplyError extends Error {
  override name = 'KernelApplyError';
  constructor(
    readonly failures: readonly Error[],
    readonly applied: number,
  ) {
    super(`kernel apply failed: ${failures.map((f) => f.message).join('; ')}`, { cause: failures[0] });
  }
}
