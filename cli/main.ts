#!/usr/bin/env node
// Entry point of the `vxnet` admin CLI (package bin). Wires the real process
// (stdout, stderr, stdin, exit code) to main() in app.ts, which does the rest.
import { createInterface } from 'node:readline';
import { main } from './app.js';
import type { Io } from './command.js';

// `vxnet ps | head` closes the pipe early: that is not an error worth a trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const io: Io = {
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

process.on('SIGINT', () => process.exit(130));

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`vxnet: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
