// The CNI plugin's side of the agent's local socket (lib/agent-protocol.ts):
// connect, write one JSON line, read one JSON line. node:net only, so the
// plugin starts fast. Must never retry a request that changes state (an
// attach sent twice would be a second endpoint's worth of work for the agent).
import { createConnection } from 'node:net';
import { AGENT_PROTOCOL_VERSION, type AgentReply, type AgentRequest } from '../lib/agent-protocol.js';

type Body = AgentRequest extends infer R ? (R extends { v: number } ? Omit<R, 'v'> : never) : never;

/** The agent could not be reached at all (no socket, nobody listening, cut off). */
export class AgentUnreachable extends Error {
  override name = 'AgentUnreachable';
}

export function callAgent(path: string, body: Body, timeoutMs = 60_000): Promise<AgentReply> {
  return new Promise((resolve, reject) => {
    const sock = createConnection(path);
    let buf = '';
    const fail = (why: string) => {
      sock.destroy();
      reject(new AgentUnreachable(`vxnet agent not reachable at ${path} (${why}): is vxnet-agent running on this host?`));
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    sock.setEncoding('utf8');
    sock.once('connect', () => sock.write(`${JSON.stringify({ v: AGENT_PROTOCOL_VERSION, ...body })}\n`));
    sock.on('data', (d: string) => {
      buf += d;
    });
    sock.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(err.code ?? err.message);
    });
    sock.once('end', () => {
      clearTimeout(timer);
      const line = buf.split('\n')[0] ?? '';
      try {
        resolve(JSON.parse(line) as AgentReply);
      } catch {
        fail('the answer is not JSON');
      }
    });
  });
}
