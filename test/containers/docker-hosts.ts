// Docker daemons for the e2e Docker tests: one per cluster host, started with
// the same code as `vxnet lab up --docker` (cli/lab/dockerd.ts) but with the
// cluster's unique prefix (its directory, cgroup parent and namespaces), so a
// test run never collides with a user's lab or another run. Fails (never
// skips) when Docker's binaries are missing. Everything is removed in stop().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DOCKER_DNS,
  docker,
  hostDocker,
  removeHostDocker,
  startDockerd,
  startHolder,
  stopDockerd,
  type HostDocker,
} from '../../cli/lab/dockerd.js';
import { importLabImage, labImageTarball, LAB_IMAGE } from '../../cli/lab/lab-image.js';
import { ensureDocker } from './engine.js';
import { PluginGate } from './plugin-gate.js';
import { Cluster, type CliResult } from '../e2e/cluster.js';

export { LAB_IMAGE };

export class DockerCluster {
  private constructor(
    readonly c: Cluster,
    readonly dir: string,
    readonly daemons: Map<string, HostDocker>,
    private readonly agentArgs: Record<string, string[]>,
    /** Per host in `gated`: the gate between its daemon and its agent's plugin (plugin-gate.ts). */
    readonly gates: Map<string, PluginGate>,
  ) {}

  /**
   * A cluster of `hosts` hosts; the ones in `withDocker` get a daemon and the
   * agent's plugin. `verifyPrediction: false` runs the agents as deployed
   * (the benchmarks), without the tests' shadow check. Hosts in `gated` get
   * a PluginGate between daemon and agent (the agent serves its plugin on
   * another socket).
   */
  static async start(
    hosts: number,
    withDocker: string[],
    o: { verifyPrediction?: boolean; gated?: string[] } = {},
  ): Promise<DockerCluster> {
    const missing = ensureDocker();
    if (missing) throw new Error(`the Docker tests need dockerd, containerd and runc: ${missing}`);
    const dir = mkdtempSync(join(tmpdir(), 'vxnet-docker-'));
    const planned = new Map<string, HostDocker>();
    const agentArgsFor: Record<string, string[]> = {};
    const gates = new Map<string, PluginGate>();
    const { gated = [], ...clusterOptions } = o;
    for (const h of withDocker) {
      // The host namespace and cgroup names are the cluster's: known only after it starts, filled in below.
      const d = hostDocker(h, '', join(dir, h), 'pending');
      planned.set(h, d);
      agentArgsFor[h] = [
        '--docker-plugin-socket',
        gated.includes(h) ? agentPluginSocket(d) : join(d.pluginDir, 'vxnet.sock'),
        '--docker-socket',
        d.socket,
        '--docker-reconcile-seconds',
        '2',
      ];
    }
    let c: Cluster | undefined;
    const dc = () => new DockerCluster(c!, dir, planned, agentArgsFor, gates);
    try {
      c = await Cluster.start({ hosts, agentArgsFor, ...clusterOptions });
      const tarball = await labImageTarball(dir);
      for (const [h, d] of planned) {
        Object.assign(d, hostDocker(h, c.hostNs(h), d.dir, `${c.prefix}${h}-docker`));
        if (gated.includes(h)) gates.set(h, await PluginGate.start(join(d.pluginDir, 'vxnet.sock'), agentPluginSocket(d)));
        await startHolder(d, [c.hostIp(Number(h.slice(1)))], [DOCKER_DNS], false);
        await startDockerd(d, false);
        await importLabImage(d, tarball);
      }
      return dc();
    } catch (err) {
      if (c) await dc().stop();
      else rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  daemon(host: string): HostDocker {
    const d = this.daemons.get(host);
    if (!d) throw new Error(`no docker daemon on ${host}`);
    return d;
  }

  /** `docker ARGS` against the daemon of `host`. */
  async docker(host: string, args: string[]): Promise<CliResult> {
    const r = await docker(this.daemon(host), args, { allowFail: true });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  }

  async dockerOk(host: string, args: string[]): Promise<string> {
    const r = await this.docker(host, args);
    if (r.code !== 0) throw new Error(`docker ${args.join(' ')} on ${host} failed (${r.code}): ${r.stderr}`);
    return r.stdout;
  }

  /** SIGTERM to the agent of `host` (it leaves the kernel as it is); the plugin socket goes with it. */
  stopAgent(host: string): Promise<void> {
    return this.c.killProcess(`agent-${host}`, 'SIGTERM');
  }

  async startAgent(host: string): Promise<void> {
    this.c.startAgent(host, this.agentArgs[host] ?? []);
    await this.c.waitHostsReady();
  }

  /** Restart of a daemon (live-restore keeps its containers). */
  async restartDockerd(host: string): Promise<void> {
    const d = this.daemon(host);
    await stopDockerd(d);
    await startDockerd(d, false);
  }

  /** The gate between the daemon of `host` and its agent (a host started in `gated`). */
  gate(host: string): PluginGate {
    const g = this.gates.get(host);
    if (!g) throw new Error(`no plugin gate on ${host}: start it in "gated"`);
    return g;
  }

  async stop(): Promise<void> {
    const errors: Error[] = [];
    for (const d of this.daemons.values()) if (d.netns) await removeHostDocker(d, errors);
    for (const g of this.gates.values()) await g.stop();
    await this.c.stop();
    rmSync(this.dir, { recursive: true, force: true });
    if (errors.length > 0) throw new Error(`docker cleanup: ${errors.map((e) => e.message).join('; ')}`);
  }
}

/** Where the agent of a gated host serves its plugin (the gate serves Docker's socket). */
function agentPluginSocket(d: HostDocker): string {
  return join(d.dir, 'agent-plugin.sock');
}
