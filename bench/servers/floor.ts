/**
 * The floor: a bare node:http server that answers every request with the same precomputed bytes
 * (read from the file in BODY_FILE), after reading the request body. Nothing is cheaper in Node.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.env.BODY_FILE!);
const headers = {
  'content-type': 'application/graphql-response+json; charset=utf-8',
  'content-length': String(body.length),
};
const server = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => process.exit(0));
