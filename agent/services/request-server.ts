// What the agent's request/reply services (exec, logs, portcheck) share: one
// subscription on one of this host's own subjects, a handler per message
// that never throws into the NATS client, and stop().
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';

export abstract class RequestServer {
  private sub: Subscription | undefined;

  protected constructor(
    protected readonly nc: NatsConnection,
    private readonly subject: string,
  ) {}

  start(): void {
    this.sub = this.nc.subscribe(this.subject, {
      callback: (err, msg) => {
        if (!err) void this.handle(msg);
      },
    });
  }

  stop(): void {
    this.sub?.unsubscribe();
  }

  protected abstract handle(msg: Msg): void | Promise<void>;
}
