// The CLI's client against a real nats-server: "no responders" (nothing was
// delivered) is retried for a few seconds, so a controller that subscribes a
// moment late (reconnecting after its NATS node died) still gets the request;
// with nobody subscribing at all the caller hears so, with the given wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../../cli/client.js';
import { UnreachableError } from '../../cli/errors.js';
import { natsServer } from '../helpers/nats.js';

const SAY = { noResponders: 'nobody answers on test.echo', timeout: 'test.echo too slow' };

test('a responder that subscribes 500 ms after the request is sent still answers it; with none, the caller hears "no responders"', async (t) => {
  const s = await natsServer(t);
  const client = await Client.connect({ nats: s.url });
  t.after(() => client.close());
  const responder = await s.connect('late-responder');

  // Positive: the responder comes late, as a controller reconnecting after a NATS node died.
  const late = setTimeout(() => {
    const sub = responder.subscribe('test.echo', { max: 1 });
    void (async () => {
      for await (const m of sub) m.respond(new TextEncoder().encode(`echo ${new TextDecoder().decode(m.data)}`));
    })();
  }, 500);
  t.after(() => clearTimeout(late));
  const reply = await client.raw('test.echo', new TextEncoder().encode('hi'), 10_000, SAY);
  assert.equal(new TextDecoder().decode(reply), 'echo hi');

  // Negative, through the same path: nobody subscribes.
  const started = Date.now();
  await assert.rejects(
    client.raw('test.nobody', new TextEncoder().encode('hi'), 10_000, SAY),
    (err: unknown) => err instanceof UnreachableError && err.message === SAY.noResponders,
  );
  assert.ok(Date.now() - started >= 1000, 'no responders was retried before giving up');
});
