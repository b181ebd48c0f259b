#!/usr/bin/env node
// Entry point of the `vxnet` admin CLI (package bin). Wires the real process
// (stdout, stderr, stdin, exit code) to main() in app.ts, which does the rest.
import { fstatSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { main } from './app.js';
import type { Io } from './command.js';

// `vxnet ps | head` closes the pipe early: that is not an error worth a trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const io: Io = {
  stdin: () => process.stdin,
  stdinIsPipe: stdinIsPipe(),
  onSignal: (cb) => {
    signalHandler = cb;
    return () => {
      signalHandler = undefined;
    };
  },
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  raw: (stream, data) => void (stream === 2 ? process.stderr : process.stdout).write(data),
  readLine: () =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin });
      let answered = false;
      rl.once('line', (line) => {
        answered = true;
        rl.close();
        resolve(line);
      });
      rl.once('close', () => {
        if (!answered) resolve(undefined);
      });
    }),
};

// Ctrl-C ends the CLI (130), unless a command (exec) takes signals over to forward them.
let signalHandler: ((s: NodeJS.Signals) => void) | undefined;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => (signalHandler ? signalHandler(sig) : process.exit(sig === 'SIGINT' ? 130 : 143)));
}

function stdinIsPipe(): boolean {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isFile() || st.isSocket();
  } catch {
    return false;
  }
}

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
    process.stdin.destroy(); // an exec that forwarded a still-open stdin must not keep us alive
  },
  (err: unknown) => {
    process.stderr.write(`vxnet: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
