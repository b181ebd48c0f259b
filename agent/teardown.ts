// `vxnet-agent --teardown`: removes everything this agent made on its host,
// for uninstalling (stopping the agent never does: workloads keep their
// network across agent restarts). It is the ordinary reconciler with an empty
// desired state, so it removes exactly what the agent owns: namespaces with
// its prefix, its links in the host namespace, its nftables table, workload
// files under /etc/netns, hostnames, resolvers and workload commands.
import type { Logger } from '../lib/log.js';
import type { Kernel } from './kernel/kernel.js';
import type { AgentOptions } from './agent.js';
import { emptyDesired } from './model/desired.js';
import { Reconciler } from './pipeline/reconciler.js';
import { ProcessSupervisor } from './services/processes.js';
import { WorkloadFiles } from './services/files.js';

export async function teardown(kernel: Kernel, o: AgentOptions, log: Logger): Promise<void> {
  const source = { state: emptyDesired(), ready: true };
  new ProcessSupervisor(kernel, o.stateDir, log).stopAll();
  if (o.etcNetnsDir) {
    const files = new WorkloadFiles(kernel, source, { prefix: o.nsPrefix, stateDir: o.stateDir, etcNetnsDir: o.etcNetnsDir, log });
    files.trigger(0);
    await new Promise((r) => setTimeout(r, 50));
    await files.stop();
  }
  const reconciler = new Reconciler(kernel, source, {
    host: o.host,
    prefix: o.nsPrefix,
    underlayDev: o.underlayDev,
    vxlanPort: o.vxlanPort,
    resyncMs: 3_600_000,
    debounceMs: 0,
    log,
    ...(o.underlayIp ? { underlayIp: o.underlayIp } : {}),
  });
  reconciler.start();
  try {
    await reconciler.settled(60_000);
  } finally {
    await reconciler.stop();
  }
}
