// `vxnet lab status`: are the lab's processes alive, do its namespaces exist,
// and does the controller see every host ready. Read-only.
import { Api, codecs, type HostView } from '../../proto/index.js';
import { Client } from '../client.js';
import { ago, table } from '../format.js';
import { readLabState, LAB, LAB_STATE, type LabState } from './state.js';
import { labNamespaces } from './underlay.js';
import { isAlive } from './procs.js';

export interface StatusReport {
  state: LabState | undefined;
  text: string;
  healthy: boolean;
  problems: string[];
}

export async function labStatus(): Promise<StatusReport> {
  const state = readLabState();
  const namespaces = await labNamespaces().catch(() => [] as string[]);
  if (!state) {
    const problems =
      namespaces.length > 0 ? [`no ${LAB_STATE}, but lab namespaces exist (${namespaces.join(', ')}): run 'vxnet lab down'`] : [];
    return { state, text: 'no lab is up (start one with: vxnet lab up)\n', healthy: false, problems };
  }
  const problems: string[] = [];
  const rows: string[][] = [];
  const proc = (what: string, pid: number | undefined, detail: string, log: string) => {
    const alive = isAlive(pid);
    if (!alive) problems.push(`${what} is not running (see ${log})`);
    rows.push([what, pid ? String(pid) : '-', alive ? 'running' : 'dead', detail, log]);
  };
  if (state.natsNodes) for (const n of state.natsNodes) proc(`nats ${n.name}`, n.pid, `nats://${LAB.rootIp}:${n.port}`, n.log);
  else if (state.nats) proc('nats-server', state.nats.pid, state.nats.labUrl, state.nats.log);
  const metrics = (argv: string[]) => (argv.includes('--metrics') ? `, metrics http://${argv[argv.indexOf('--metrics') + 1]}/metrics` : '');
  if (state.controller) proc('controller', state.controller.pid, metrics(state.controller.argv).slice(2), state.controller.log);
  for (const [i, c] of (state.moreControllers ?? []).entries()) proc(`controller ${i + 2}`, c.pid, '', c.log);
  for (const h of state.hosts) {
    if (h.agent) proc(`agent ${h.name}`, h.agent.pid, `netns ${h.netns}, ${h.ip}${metrics(h.agent.argv)}`, h.agent.log);
    if (h.docker?.dockerd) proc(`dockerd ${h.name}`, h.docker.dockerd.pid, `unix://${h.docker.socket}`, h.docker.dockerd.log);
  }
  let out = `lab ${state.dir}: ${state.hosts.length} host(s), up since ${ago(state.createdMs)}\n\n`;
  out += table(['COMPONENT', 'PID', 'STATE', 'DETAIL', 'LOG'], rows);

  let hosts: HostView[] | undefined;
  if (state.nats) {
    try {
      const c = await Client.connect({
        nats: state.nats.clientUrl,
        ...(state.nats.user ? { user: state.nats.user, password: state.nats.password ?? '' } : {}),
      });
      try {
        hosts = (await c.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply, 3000)).hosts ?? [];
      } finally {
        await c.close();
      }
    } catch (err) {
      problems.push(`cannot list hosts: ${(err as Error).message}`);
    }
  }
  if (hosts) {
    const byName = new Map(hosts.map((h) => [h.host?.name ?? '', h]));
    out += `\n${table(
      ['HOST', 'ADDRESS', 'STATE', 'LAST SEEN'],
      state.hosts.map((h) => {
        const v = byName.get(h.name);
        if (v?.state !== 'ready') problems.push(`host ${h.name} is ${v?.state ?? 'unknown to the controller'}`);
        return [h.name, v?.host?.underlayIp ?? h.ip, v?.state ?? 'unknown', ago(v?.host?.lastSeenMs)];
      }),
    )}`;
  }
  for (const h of state.hosts) {
    if (!namespaces.includes(h.netns)) problems.push(`namespace ${h.netns} is missing`);
  }
  out += `\nnamespaces: ${namespaces.join(' ') || '(none)'}\n`;
  return { state, text: out, healthy: problems.length === 0, problems };
}
