// `node dist/bench/probe.js IP DEADLINE_MS`, run inside a workload's namespace:
// opens a TCP connection attempt to IP:9 every 5 ms until one gets an answer
// (a SYN-ACK or a RST both prove a packet went there and came back), then
// prints "reply <wall-clock ms>" and exits; "timeout" at the deadline.
// ping is no good here: it slows to a few packets a second while the target
// is unreachable. Must never: run unbounded (deadline) or keep >256 sockets.
import { connect, type Socket } from 'node:net';

const [ip, deadlineArg] = process.argv.slice(2);
const deadline = Date.now() + Number(deadlineArg ?? 10_000);
const open = new Set<Socket>();
let done = false;

function finish(line: string): void {
  if (done) return;
  done = true;
  process.stdout.write(`${line}\n`, () => process.exit(0));
  for (const s of open) s.destroy();
}

function attempt(): void {
  if (done) return;
  if (Date.now() > deadline) {
    finish('timeout');
    return;
  }
  if (open.size < 256) {
    const s = connect({ host: ip!, port: 9 });
    open.add(s);
    const at = () => performance.timeOrigin + performance.now();
    s.once('connect', () => finish(`reply ${at()}`));
    s.once('error', (err: NodeJS.ErrnoException) => {
      open.delete(s);
      if (err.code === 'ECONNREFUSED') finish(`reply ${at()}`);
    });
    setTimeout(() => {
      open.delete(s);
      s.destroy();
    }, 1000).unref();
  }
  setTimeout(attempt, 5);
}

process.stdout.write('ready\n');
attempt();
