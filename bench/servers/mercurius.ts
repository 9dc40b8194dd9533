/**
 * The competitor: Fastify + Mercurius with graphql-jit, hosting the very same executable schema
 * and store as Newsgraph (no limits, no hardening), with the operations of `operations/` as
 * Mercurius's prepared persisted queries (`persistedQueries`, hash -> document): a client sends
 * `GET /graphql?query=<sha256 hex>&persisted=true` (Mercurius's own form; it does not read the APQ
 * `extensions` of a prepared query).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { loadContent } from '../../src/content/loader.ts';
import { createExecutableSchema } from '../../src/schema.ts';
import { OPERATIONS_DIR } from '../../src/server/graphiql.ts';

const content = await loadContent(process.env.CONTENT_DIR!);
const store = content.store;
const persisted: Record<string, string> = {};
for (const file of readdirSync(OPERATIONS_DIR).filter((name) => name.endsWith('.graphql'))) {
  const text = readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
  persisted[createHash('sha256').update(text).digest('hex')] = text;
}
const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema: createExecutableSchema(),
  context: () => ({ store }),
  jit: 1,
  persistedQueries: persisted,
});
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`READY ${new URL(address).port}\n`);
