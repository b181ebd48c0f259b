// Docker's --restart policies, parsed in one place for the CLI, the controller
// (which refuses a bad one) and the agent's supervisor (which applies it).
import { InvalidArgument } from './errors.js';

type RestartPolicyName = 'no' | 'on-failure' | 'always' | 'unless-stopped';

export interface RestartPolicy {
  name: RestartPolicyName;
  /** on-failure:MAX; 0 = no limit. */
  max: number;
}

/** "" or "no", "on-failure[:MAX]", "always", "unless-stopped". */
export function parseRestartPolicy(text: string | null | undefined): RestartPolicy {
  if (!text || text === 'no') return { name: 'no', max: 0 };
  const m = /^(no|on-failure|always|unless-stopped)(?::(\d{1,6}))?$/.exec(text);
  if (!m || (m[2] !== undefined && m[1] !== 'on-failure')) {
    throw new InvalidArgument(`invalid --restart "${text}": use no, on-failure[:MAX], always or unless-stopped`);
  }
  return { name: m[1] as RestartPolicyName, max: Number(m[2] ?? 0) };
}

/** Whether a command that exited with `code` after `restarts` restarts should start again. */
export function shouldRestart(p: RestartPolicy, code: number, restarts: number): boolean {
  switch (p.name) {
    case 'no':
      return false;
    case 'on-failure':
      return code !== 0 && (p.max === 0 || restarts < p.max);
    case 'always':
    case 'unless-stopped':
      return true;
  }
}
