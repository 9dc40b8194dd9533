import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/config.ts';
import { servingUrl, spawnMain } from '../support/spawnMain.ts';

const SEED = path.join(DEFAULT_CONTENT_DIR, '000_efc4b3a9b3049d34.txt');
// A second page in the same format (invented events), from the evaluation set.
const SECOND_PAGE = path.join(
  import.meta.dirname,
  '..',
  '..',
  'eval',
  'dev',
  '01_veldhaven_dyke.txt',
);

// Every folder a test makes is removed afterwards, so repeated runs don't fill the temp directory.
const madeDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the bundled content with no configuration, and stops cleanly on SIGTERM', async () => {
    const main = spawnMain({});
    const url = await servingUrl(main);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount nodes { headline } } }' }),
    });
    const body = (await response.json()) as { data: { articles: { totalCount: number } } };
    expect(body.data.articles.totalCount).toBe(1);
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  });

  it('serves the good pages of a CONTENT_DIR and logs each broken page with its reason', async () => {
    const dir = tempDir('newsgraph-content-');
    mkdirSync(path.join(dir, 'nested'));
    copyFileSync(SEED, path.join(dir, 'nested', 'seed.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2]));
    writeFileSync(path.join(dir, 'notes.md'), 'not a page, not a .txt file');
    const main = spawnMain({ CONTENT_DIR: dir });
    const url = await servingUrl(main);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } } });
    const skipped = main
      .stderr()
      .split('\n')
      .filter((line) => line.includes('page skipped'))
      .map((line) => JSON.parse(line) as { file: string; reason: string });
    expect(skipped.map((entry) => entry.file).sort()).toEqual(['binary.txt', 'empty.txt']);
    for (const entry of skipped) expect(entry.reason.length).toBeGreaterThan(0);
    main.child.kill('SIGINT');
    expect(await main.exited).toBe(0);
  });

  it('reloads CONTENT_DIR on SIGHUP without a restart, keeping the good store meanwhile', async () => {
    const dir = tempDir('newsgraph-reload-');
    copyFileSync(SEED, path.join(dir, 'seed.txt'));
    const main = spawnMain({ CONTENT_DIR: dir, CONTENT_WATCH: 'false' });
    const url = await servingUrl(main);
    const count = async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      });
      return ((await response.json()) as { data: { articles: { totalCount: number } } }).data
        .articles.totalCount;
    };
    expect(await count()).toBe(1);
    copyFileSync(SECOND_PAGE, path.join(dir, 'second.txt'));
    writeFileSync(path.join(dir, 'broken.txt'), '');
    main.child.kill('SIGHUP');
    await expect.poll(count, { timeout: 10_000 }).toBe(2);
    expect(main.stderr()).toContain('content reloaded (SIGHUP)');
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  });

  it('finishes a request in flight on SIGTERM before exiting', async () => {
    const main = spawnMain({});
    const url = new URL(await servingUrl(main));
    const body = JSON.stringify({ query: '{ articles { totalCount } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      // Half the body now, the rest after the server was told to stop.
      request.write(body.slice(0, 10));
      setTimeout(() => {
        main.child.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(10)), 300);
      }, 100);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { articles: { totalCount: 1 } } });
    expect(await main.exited).toBe(0);
  });

  it('refuses to start with a missing CONTENT_DIR: one line, non-zero exit', async () => {
    const main = spawnMain({ CONTENT_DIR: '/nonexistent/newsgraph-pages' });
    expect(await main.exited).not.toBe(0);
    const lines = main.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/nonexistent/newsgraph-pages');
  });

  it('refuses to start with an invalid PORT: one line, non-zero exit', async () => {
    const main = spawnMain({ PORT: 'eighty' });
    expect(await main.exited).not.toBe(0);
    expect(main.stderr().trim().split('\n')).toEqual([
      'newsgraph: PORT must be a whole number, got "eighty"',
    ]);
  });
});
