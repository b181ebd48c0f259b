// The shadow check's verdict at the end of a test file (agents run with
// --verify-prediction): no agent saw its prediction of the kernel differ from
// Linux. The one definition, for clusters in namespaces (e2e/cluster.ts) and
// for hosts that are containers (containers/). Pure: the caller fetches the
// listing and the logs where its agents run.
import { jsonLines } from './json-lines.js';

/**
 * `hostLs`: what `vxnet host ls --format json` printed (the live agents'
 * counters); `logs`: every agent's log by host, so agents killed and
 * restarted on the way (whose counters started again) count too.
 */
export function assertPredictionsHeld(hostLs: string, logs: ReadonlyMap<string, string>): void {
  const views = jsonLines<{
    host: { name: string };
    status?: { predictionChecks?: number; predictionDivergences?: number } | null;
  }>(hostLs);
  let checks = 0;
  const bad: string[] = [];
  for (const v of views) {
    checks += Number(v.status?.predictionChecks ?? 0);
    if (Number(v.status?.predictionDivergences ?? 0) > 0) bad.push(`${v.host.name}: ${v.status?.predictionDivergences} divergences`);
  }
  for (const [h, log] of logs) for (const line of log.split('\n')) if (line.includes('prediction diverged')) bad.push(`${h}: ${line}`);
  if (bad.length > 0) throw new Error(`the agents' predictions diverged from the kernel:\n${bad.join('\n')}`);
  // Positive control: the shadow check ran at all (every cluster applies something at start).
  if (checks === 0) throw new Error('no agent reports a checked prediction: is --verify-prediction on?');
}
