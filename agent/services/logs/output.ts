// Carries a workload command's stdout and stderr into its LogStore with a time
// per line. The command writes into two FIFOs in the workload's log directory,
// which it holds open read-write (kernel/run.ts): so a FIFO always has a reader
// and an agent that stops or crashes never breaks the command's output with
// SIGPIPE. While no agent reads, the command blocks once a FIFO's 64 KiB buffer
// is full, as Docker's containers do while dockerd is down with live-restore;
// the next agent opens the same FIFOs and carries on. The agent also holds them
// read-write, so a command that exits (or restarts) never ends the stream.
// Owns: the FIFOs' read side, cutting lines, stamping times. Must never: spawn
// (the FIFOs are made by the kernel layer) or decide when commands run.
import { constants, openSync, readSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { nowStamp } from '../../../lib/log-time.js';
import { encodeLines, type Stream } from './format.js';
import { LogStore, type LogLimits } from './store.js';

/** The FIFOs a command writes into, in its log directory. */
export function fifoPaths(dir: string): { stdout: string; stderr: string } {
  return { stdout: join(dir, 'stdout.fifo'), stderr: join(dir, 'stderr.fifo') };
}

interface Reader {
  fd: number;
  socket: Socket;
  /** A line not yet ended. */
  rest: Uint8Array;
}

export class WorkloadOutput {
  private readonly store: LogStore;
  private readonly readers = new Map<Stream, Reader>();

  /** Opens the store and both FIFOs (which must exist). */
  constructor(
    readonly dir: string,
    limits: LogLimits,
    onError: (err: Error) => void,
  ) {
    this.store = new LogStore(dir, limits);
    const paths = fifoPaths(dir);
    try {
      for (const stream of ['stdout', 'stderr'] as const) {
        const fd = openSync(paths[stream], constants.O_RDWR | constants.O_NONBLOCK);
        const socket = new Socket({ fd, readable: true, writable: false });
        const reader: Reader = { fd, socket, rest: new Uint8Array() };
        socket.on('data', (chunk: Buffer) => this.take(stream, reader, chunk, false));
        socket.on('error', onError);
        this.readers.set(stream, reader);
      }
    } catch (err) {
      this.close();
      throw err;
    }
  }

  /**
   * Takes what the FIFOs hold now, without waiting for the event loop: before
   * answering `logs` and when a command exited (`ended`: its unfinished last
   * lines are written as they are).
   */
  drain(ended = false): void {
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (const [stream, reader] of this.readers) {
      for (;;) {
        let n = 0;
        try {
          n = readSync(reader.fd, buf, 0, buf.length, null);
        } catch {
          break; // EAGAIN: empty
        }
        if (n <= 0) break;
        this.take(stream, reader, Buffer.from(buf.subarray(0, n)), false);
      }
      if (ended) this.take(stream, reader, new Uint8Array(), true);
    }
  }

  close(): void {
    for (const r of this.readers.values()) r.socket.destroy();
    this.readers.clear();
    this.store.close();
  }

  private take(stream: Stream, reader: Reader, chunk: Uint8Array, flush: boolean): void {
    const data = reader.rest.length > 0 ? Buffer.concat([reader.rest, chunk]) : chunk;
    if (data.length === 0) return;
    let time = nowStamp();
    if (time < this.store.lastTime) time = this.store.lastTime; // the clock went back across a restart
    const { records, rest } = encodeLines(time, stream, data, flush);
    reader.rest = Buffer.from(rest);
    this.store.append(records);
  }
}
