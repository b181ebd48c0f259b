// Runs for a moment inside one network namespace (started by ns-sockets.ts
// through `nsenter --net=…`): binds UDP and TCP on ADDRESS:PORT there, hands
// both sockets to its parent over the IPC channel (Node passes dgram and net
// handles between Node processes), and exits once the parent has them. The
// sockets keep the namespace they were opened in, so the agent serves that
// namespace from its own process. Must never do anything else.
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

const [address, portText] = process.argv.slice(2);
const port = Number(portText);
if (!address || !Number.isInteger(port) || !process.send) {
  process.stderr.write('usage: ns-socket-child ADDRESS PORT (with an IPC channel)\n');
  process.exit(2);
}
const fail = (err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
};
const udp = createSocket({ type: 'udp4' });
udp.on('error', fail);
udp.bind({ address, port, exclusive: true }, () => {
  const tcp = createServer();
  tcp.on('error', fail);
  tcp.listen({ host: address, port, exclusive: true }, () => {
    process.send!('udp', udp, (err: Error | null) => {
      if (err) fail(err);
      process.send!('tcp', tcp, (err2: Error | null) => {
        if (err2) fail(err2);
        // The parent disconnects once it holds both: then our copies may go.
        process.on('disconnect', () => process.exit(0));
      });
    });
  });
});
