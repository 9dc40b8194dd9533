import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../support/liveServer.ts';

let live: LiveServer;

beforeAll(async () => {
  live = await startLiveServer();
});
afterAll(async () => {
  await live.close();
});

describe('HTTP on a real port', () => {
  it('answers /health with 200', async () => {
    const response = await fetch(`${live.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a POSTed query with the bundled article', async () => {
    const response = await fetch(`${live.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ article(shortUrl: "4TLXn") { headline publishedAt } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        article: {
          headline: 'Chinese defense minister meets with Russian navy chief',
          publishedAt: '2023-07-03',
        },
      },
    });
  });

  it('serves GraphiQL to browsers from the package, with no CDN address', async () => {
    const response = await fetch(`${live.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Newsgraph</title>');
    expect(html).toContain('ArticleWithQuotes');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|esm\.sh/);
  });
});
