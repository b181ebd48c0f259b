// Starting and stopping the lab's daemons (nats-server, controller, agents).
// Each runs detached in its own process group, stdout+stderr to a log file,
// with VXNET_LAB=<lab dir> in its environment: `lab down` stops what the state
// file lists and also anything else carrying that mark (a lost state file or a
// half-finished `lab up` cannot leave daemons behind). A pid is only signalled
// after checking it still carries the mark, so a recycled pid is never hit.
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { LAB_DIR, type Proc } from './state.js';

const LAB_MARK = 'VXNET_LAB';

/** `mark` = false for daemons a test starts with the lab's code: `lab down` must never stop those. */
export function spawnDetached(argv: readonly string[], log: string, env: Record<string, string> = {}, mark = true): Proc {
  const fd = openSync(log, 'a');
  try {
    const child = spawn(argv[0]!, argv.slice(1), {
      detached: true,
      stdio: ['ignore', fd, fd],
      env: mark ? { ...process.env, ...env, [LAB_MARK]: LAB_DIR } : { ...unmarked(process.env), ...env },
    });
    child.on('error', () => undefined); // reported through the missing pid / dead process check
    child.unref();
    return { ...(child.pid !== undefined ? { pid: child.pid } : {}), log, argv: [...argv] };
  } finally {
    closeSync(fd);
  }
}

function unmarked(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { [LAB_MARK]: _, ...rest } = env;
  return rest;
}

export function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A zombie is dead for our purposes.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** True when pid is alive and carries this lab's mark in its environment. */
export function isLabProcess(pid: number): boolean {
  try {
    const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    return env.includes(`${LAB_MARK}=${LAB_DIR}`) && isAlive(pid);
  } catch {
    return false;
  }
}

/** Every process carrying the lab mark (found by scanning /proc). */
export function markedProcesses(): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (/^\d+$/.test(d) && Number(d) !== process.pid && isLabProcess(Number(d))) out.push(Number(d));
  }
  return out;
}

/**
 * SIGTERM to each pid's process group (and the pid), wait up to graceMs, then
 * SIGKILL whatever is left. Returns the pids that survived even SIGKILL.
 * `group` = false for pids we did not start ourselves (their group may hold a user's shell).
 */
export async function stopAll(pids: readonly number[], graceMs = 5000, group = true): Promise<number[]> {
  const targets = [...new Set(pids)].filter((p) => p > 1 && p !== process.pid && isAlive(p));
  for (const p of targets) signal(p, 'SIGTERM', group);
  const deadline = Date.now() + graceMs;
  while (targets.some(isAlive) && Date.now() < deadline) await sleep(100);
  const left = targets.filter(isAlive);
  for (const p of left) signal(p, 'SIGKILL', group);
  await sleep(left.length > 0 ? 200 : 0);
  return left.filter(isAlive);
}

function signal(pid: number, sig: NodeJS.Signals, group: boolean): void {
  for (const target of group ? [-pid, pid] : [pid]) {
    try {
      process.kill(target, sig);
    } catch {
      // not a group leader, or already gone: fine
    }
  }
}

/** The last few lines of a log, for error messages that point at it. */
export function tail(path: string, lines = 3): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join(' | ');
  } catch {
    return '';
  }
}
