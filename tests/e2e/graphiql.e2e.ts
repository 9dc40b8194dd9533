/**
 * What a user sees: GraphiQL opens offline at /graphql with the example operations, runs the
 * default one, and shows the bundled article's headline in the result pane.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startLiveServer, type LiveServer } from '../support/liveServer.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let live: LiveServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (see .ci/run)`);
  }
  live = await startLiveServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await live?.close();
});

it('runs the default operation in GraphiQL and shows the seed headline, with no outside request', async () => {
  const page = await browser.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    ) {
      outside.push(request.url());
    }
  });
  await page.goto(`${live.url}/graphql`, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
  const tabs = await page.locator('.graphiql-tab').allTextContents();
  expect(tabs.join(' ')).toContain('ArticleWithQuotes');
  expect(tabs.join(' ')).toContain('PeopleWithQuotes');
  expect(tabs.join(' ')).toContain('Search');

  await page.locator('.graphiql-tab').first().click();
  await page.click('.graphiql-execute-button');
  const result = page.locator('.result-window');
  await expect
    .poll(async () => ((await result.textContent()) ?? '').replace(/\s+/g, ' '), {
      timeout: 30_000,
    })
    .toContain('Chinese defense minister meets with Russian navy chief');
  mkdirSync('.tmp', { recursive: true });
  await page.screenshot({ path: '.tmp/graphiql.png' });
  expect(outside).toEqual([]);
});
