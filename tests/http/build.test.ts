import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { buildService } from '../../scripts/build.mjs';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { servingUrl, spawnMain } from '../support/spawnMain.ts';

// Inside the project, as dist/ is: the bundle finds content/, schema/ and operations/ from there.
const OUTDIR = path.join(PROJECT_ROOT, '.tmp', 'dist-test');

afterAll(() => rmSync(OUTDIR, { recursive: true, force: true }));

it('builds a bundle that `npm start` serves with plain node, GraphiQL chunk included', async () => {
  await buildService(OUTDIR);
  const main = spawnMain({}, [path.join(OUTDIR, 'main.js')]);
  const url = await servingUrl(main);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ article(shortUrl: "4TLXn") { headline } }' }),
  });
  expect(await response.json()).toEqual({
    data: { article: { headline: 'Chinese defense minister meets with Russian navy chief' } },
  });
  const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
  expect(await graphiql.text()).toContain('<title>Newsgraph</title>');
  main.child.kill('SIGTERM');
  expect(await main.exited).toBe(0);
});
