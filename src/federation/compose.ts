/**
 * Writes the supergraph SDL that Hive Gateway serves:
 *
 *   tsx src/federation/compose.ts --url http://newsgraph:4000/graphql > supergraph.graphql
 *
 * `--url` is where the gateway will send Newsgraph's requests (a load balancer in front of the
 * replicas, or one replica). The SDL comes from this checkout, or with `--from URL` from a running
 * replica started with `FEDERATION=true`.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { printSubgraphSdl } from './subgraph.ts';
import { composeSupergraph, fetchSubgraphSdl } from './supergraph.ts';

const USAGE =
  'usage: tsx src/federation/compose.ts [--url ROUTING_URL] [--from REPLICA_URL] [--name NAME] [--out FILE]';

export async function composeCli(argv: readonly string[]): Promise<string> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      url: { type: 'string', default: 'http://localhost:4000/graphql' },
      from: { type: 'string' },
      name: { type: 'string', default: 'newsgraph' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return USAGE;
  const sdl = values.from ? await fetchSubgraphSdl(values.from) : printSubgraphSdl();
  const supergraph = composeSupergraph([{ name: values.name, url: values.url, sdl }]);
  if (values.out) writeFileSync(values.out, supergraph);
  return supergraph;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  composeCli(process.argv.slice(2)).then(
    (output) => {
      if (!process.argv.includes('--out')) process.stdout.write(`${output}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`compose: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
