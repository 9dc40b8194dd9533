/**
 * The typed client example against a real Newsgraph on a loopback port, in-process and as
 * `npm run example` does it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, runExample, type ExampleResult } from '../../examples/client.ts';
import { startLiveServer, type LiveServer } from '../support/liveServer.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/client.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('examples/client.ts', () => {
  let live: LiveServer;
  let endpoint: string;
  let result: ExampleResult;

  beforeAll(async () => {
    live = await startLiveServer();
    endpoint = `${live.url}/graphql`;
    result = await runExample(endpoint);
  });

  afterAll(() => live.close());

  it('returns the bundled article, typed, with quotes attributed to people', () => {
    const { article } = result;
    expect(article.headline).toBe('Chinese defense minister meets with Russian navy chief');
    expect(article.shortUrl).toBe('https://p.dw.com/p/4TLXn');
    expect(article.quotes.length).toBeGreaterThan(0);

    const byPerson = article.quotes.flatMap((quote) =>
      quote.speaker?.__typename === 'Person'
        ? [{ name: quote.speaker.name, text: quote.text }]
        : [],
    );
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.map((quote) => quote.name)).toContain('Li Shangfu');
    expect(byPerson.every((quote) => quote.text.length > 0)).toBe(true);
  });

  it('says who said what, one line per quote', () => {
    expect(result.whoSaidWhat).toHaveLength(result.article.quotes.length);
    const first = result.article.quotes[0]!;
    expect(result.whoSaidWhat[0]).toContain(`"${first.text}"`);
    expect(result.whoSaidWhat.some((line) => line.includes('Li Shangfu'))).toBe(true);
  });

  it('lists people and search hits from the same server', () => {
    expect(result.people.totalCount).toBeGreaterThan(0);
    expect(result.people.nodes.map((person) => person.name)).toContain('Li Shangfu');
    expect(result.search.totalCount).toBeGreaterThan(0);
    expect(result.search.edges[0]!.score).toBeGreaterThan(0);
    expect(formatReport(result)).toContain('Who said what');
  });

  it('prints the report from the command line, and one line when no server answers', async () => {
    const ok = await runCli([endpoint]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`${formatReport(result)}\n`);

    const down = await runCli(['http://127.0.0.1:9/graphql']);
    expect(down.code).toBe(1);
    expect(down.stdout).toBe('');
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
    expect(down.stderr).toMatch(/^example: .*npm start/);
  });
});
