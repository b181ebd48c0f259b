// `vxnet lab down`: stop every lab process (SIGTERM, then SIGKILL), delete
// every vxl-* namespace and vxlab0, remove /run/vxnet-lab. Idempotent: it works
// from the state file when there is one, and from what it finds when there is
// not; every error is collected and reported, and it keeps going regardless.
import { rmSync, existsSync } from 'node:fs';
import { LAB, LAB_DIR, LAB_DOCKER_DIR, readLabState } from './state.js';
import { destroyUnderlay, labNamespaces, pidsInNamespace } from './underlay.js';
import { isLabProcess, markedProcesses, stopAll } from './procs.js';
import { hostDocker, removeHostDocker } from './dockerd.js';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

export interface DownResult {
  stopped: number;
  removed: string[];
  errors: Error[];
}

export async function labDown(say: (text: string) => void): Promise<DownResult> {
  const errors: Error[] = [];
  const state = readLabState();
  let stopped = 0;

  const stop = async (what: string, pids: number[], group = true) => {
    if (pids.length === 0) return;
    say(`stopping ${what}… `);
    const left = await stopAll(pids, 5000, group);
    stopped += pids.length - left.length;
    if (left.length > 0) errors.push(new Error(`${what}: pid(s) ${left.join(', ')} survived SIGKILL`));
    say(left.length > 0 ? 'failed\n' : 'ok\n');
  };
  // Only pids that still carry the lab mark: a recycled pid is never signalled.
  const ours = (pids: (number | undefined)[]) => pids.filter((p): p is number => !!p && isLabProcess(p));

  // Docker first: its containers, daemon and holder, while nothing else has moved.
  // Without a state file, what is left under the lab's docker directory.
  const dockers = state
    ? state.hosts.flatMap((h) => (h.docker ? [h.docker] : []))
    : leftoverDockers().map((name) => hostDocker(name, LAB.hostNs(0), join(LAB_DOCKER_DIR, name), `${LAB.prefix}${name}-docker`));
  for (const d of dockers) {
    say(`removing the docker daemon of ${d.host}… `);
    const before = errors.length;
    await removeHostDocker(d, errors, isLabProcess);
    stopped += 1;
    say(errors.length > before ? 'failed\n' : 'ok\n');
  }
  await stop('agents', ours((state?.hosts ?? []).map((h) => h.agent?.pid)));
  // Whatever still runs inside lab namespaces (workload commands, strays) would keep them alive.
  let namespaces: string[] = [];
  try {
    namespaces = await labNamespaces();
    const inside = (await Promise.all(namespaces.map(pidsInNamespace))).flat();
    await stop('processes inside lab namespaces', inside, false);
  } catch (err) {
    errors.push(err as Error);
  }
  await stop('vxnet-controller', ours([state?.controller?.pid, ...(state?.moreControllers ?? []).map((c) => c.pid)]));
  await stop('nats-server', ours([state?.nats?.pid, ...(state?.natsNodes ?? []).map((n) => n.pid)]));
  await stop('leftover lab processes', markedProcesses());

  let removed: string[] = [];
  if (namespaces.length > 0 || state) {
    say('deleting lab namespaces and vxlab0… ');
    const before = errors.length;
    removed = await destroyUnderlay(errors);
    say(errors.length > before ? 'failed\n' : `ok${removed.length ? ` (${removed.join(', ')})` : ''}\n`);
  } else {
    removed = await destroyUnderlay(errors); // still sweeps a stray vxlab0 or /etc/netns/vxl-*
  }

  if (existsSync(LAB_DIR)) {
    say(`removing ${LAB_DIR}… `);
    try {
      rmSync(LAB_DIR, { recursive: true, force: true });
      removed.push(LAB_DIR);
      say('ok\n');
    } catch (err) {
      errors.push(err as Error);
      say('failed\n');
    }
  }
  return { stopped, removed, errors };
}

function leftoverDockers(): string[] {
  try {
    return readdirSync(LAB_DOCKER_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^h\d$/.test(e.name))
      .map((e) => e.name);
  } catch {
    return [];
  }
}
