// The CLI's one connection to NATS and its typed request helpers.
// Finds NATS (flags, env, else the running lab's state file), sends one
// protobuf request per verb and maps every failure to a CliError:
// a reply's Error → RemoteError (exit 1); no responders / timeout /
// unreachable NATS → UnreachableError (exit 3).
import type { NatsConnection } from '@nats-io/transport-node';
import { errors as natsErrors } from '@nats-io/transport-node';
import { natsSettingsFromEnv, connectNats, type NatsSettings } from '../lib/nats.js';
import { backoffMs, WAIT_BACKOFF } from '../lib/backoff.js';
import { codeName, Unavailable, WireError } from '../lib/errors.js';
import type { Codec, NameRequest, WireErrorBody } from '../proto/index.js';
import type { GlobalValues } from './args.js';
import { RemoteError, UnreachableError } from './errors.js';
import { readLabState } from './lab/state.js';

const DEFAULT_TIMEOUT_MS = 10_000;
/** How long "no responders" is retried before the caller hears that nobody answers. */
const NO_RESPONDERS_PATIENCE_MS = 3_000;

/** Where to connect: --nats, then VXNET_NATS, then the running lab, then 127.0.0.1:4222. */
function resolveSettings(g: GlobalValues, env = process.env): NatsSettings {
  const overrides: Partial<NatsSettings> = {
    name: 'vxnet-cli',
    reconnect: false,
    timeoutMs: 5000,
    ...(g.nats ? { servers: g.nats } : {}),
    ...(g.creds ? { creds: g.creds } : {}),
    ...(g.user ? { user: g.user } : {}),
    ...(g.password ? { password: g.password } : {}),
    ...(g['tls-ca'] ? { tlsCa: g['tls-ca'] } : {}),
    ...(g['tls-cert'] ? { tlsCert: g['tls-cert'] } : {}),
    ...(g['tls-key'] ? { tlsKey: g['tls-key'] } : {}),
  };
  if (!g.nats && !env.VXNET_NATS) {
    const lab = readLabState();
    if (lab?.nats) {
      overrides.servers = lab.nats.clientUrl;
      if (lab.nats.user && !overrides.user && !env.VXNET_NATS_USER) {
        overrides.user = lab.nats.user;
        overrides.password = lab.nats.password ?? '';
      }
    }
  }
  return natsSettingsFromEnv(overrides);
}

export class Client {
  private constructor(
    readonly nc: NatsConnection,
    readonly url: string,
  ) {}

  static async connect(g: GlobalValues): Promise<Client> {
    const s = resolveSettings(g);
    try {
      return new Client(await connectNats(s), s.servers);
    } catch (err) {
      if (err instanceof Unavailable) throw new UnreachableError(err.message, { cause: err });
      throw new UnreachableError(`cannot reach NATS at ${s.servers}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Sends one request to the controller and returns the decoded reply, or throws a CliError. */
  async call<Req, Rep extends { error?: WireErrorBody | null }>(
    subject: string,
    reqCodec: Codec<Req>,
    req: Req,
    repCodec: Codec<Rep>,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<Rep> {
    const reply = await this.callNoThrow(subject, reqCodec, req, repCodec, timeoutMs);
    throwIfError(reply.error);
    return reply;
  }

  /** Like call(), but a reply carrying an Error is returned, not thrown (for partial results such as rm). */
  async callNoThrow<Req, Rep>(
    subject: string,
    reqCodec: Codec<Req>,
    req: Req,
    repCodec: Codec<Rep>,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<Rep> {
    const bytes = await this.toController(subject, reqCodec.encode(req), timeoutMs);
    return decodeReply(repCodec, bytes, 'the controller');
  }

  /** Bytes to the controller, with the controller's wording for "nobody answers". */
  toController(subject: string, data: Uint8Array, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Uint8Array> {
    return this.raw(subject, data, timeoutMs, {
      noResponders: `no vxnet controller is answering on ${this.url}: start one (vxnet-controller) or run \`npm run lab\``,
      timeout: `the vxnet controller did not answer ${subject} within ${timeoutMs / 1000}s on ${this.url}`,
    });
  }

  /**
   * A raw request with caller-chosen wording for "nobody listens" and "too
   * slow". "No responders" means nothing was delivered, so sending again is
   * always safe: it is retried for a few seconds (a responder reconnecting
   * after its NATS node died, or its interest still crossing the cluster's
   * routes, looks the same as no responder at all for a moment).
   */
  async raw(subject: string, data: Uint8Array, timeoutMs: number, say: { noResponders: string; timeout: string }): Promise<Uint8Array> {
    const started = Date.now();
    const patience = Math.min(NO_RESPONDERS_PATIENCE_MS, timeoutMs / 2);
    for (let retry = 0; ; retry++) {
      try {
        const msg = await this.nc.request(subject, data, { timeout: Math.max(1, timeoutMs - (Date.now() - started)) });
        return msg.data;
      } catch (err) {
        const wait = backoffMs(retry, WAIT_BACKOFF);
        if (isNoResponders(err) && Date.now() - started + wait <= patience) {
          await new Promise((r) => setTimeout(r, wait));
          continue;
        }
        if (isNoResponders(err)) throw new UnreachableError(say.noResponders, { cause: err });
        if (isTimeout(err)) throw new UnreachableError(say.timeout, { cause: err });
        throw new UnreachableError(`request on ${subject} failed: ${(err as Error).message}`, { cause: err });
      }
    }
  }

  async close(): Promise<void> {
    try {
      await this.nc.close();
    } catch {
      // closing a dead connection is not the user's problem
    }
  }
}

export function decodeReply<T>(codec: Codec<T>, bytes: Uint8Array, from: string): T {
  try {
    return codec.decode(bytes);
  } catch (err) {
    const why = err instanceof WireError ? err.message : (err as Error).message;
    throw new RemoteError(`unreadable reply from ${from}: ${why}`);
  }
}

export function throwIfError(e: WireErrorBody | null | undefined): void {
  if (!e) return;
  const code = e.code ?? 0;
  if (code === 0 && !e.message) return;
  const name = codeName(code);
  throw new RemoteError(e.message || `request failed (${name})`, code);
}

function isNoResponders(err: unknown): boolean {
  if (err instanceof natsErrors.NoRespondersError) return true;
  if (err instanceof natsErrors.RequestError) return err.isNoResponders();
  return (err as { cause?: unknown })?.cause instanceof natsErrors.NoRespondersError;
}

function isTimeout(err: unknown): boolean {
  return err instanceof natsErrors.TimeoutError || (err as { cause?: unknown })?.cause instanceof natsErrors.TimeoutError;
}

/** Runs fn with a connected client and always closes it. */
export async function withClient<T>(g: GlobalValues, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = await Client.connect(g);
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

/**
 * The `rm` verbs (workloads, networks): one request naming them all; every
 * name removed is printed, then an error for the rest (a partial result is
 * still shown, as Docker does).
 */
export async function removeNamed<Rep extends { removed?: string[] | null; error?: WireErrorBody | null }>(
  ctx: { globals: GlobalValues; io: { out(text: string): void } },
  subject: string,
  req: NameRequest,
  codecs: { nameRequest: Codec<NameRequest>; reply: Codec<Rep> },
): Promise<number> {
  const reply = await withClient(ctx.globals, (c) => c.callNoThrow(subject, codecs.nameRequest, req, codecs.reply));
  ctx.io.out((reply.removed ?? []).map((n) => `${n}\n`).join(''));
  throwIfError(reply.error);
  return 0;
}
