import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yoga } from '../../src/yoga.ts';
import { useDemoContent } from '../helpers/db.ts';

// GraphiQL in a real browser with no network but 127.0.0.1: it must render from what the
// server itself sends, run its default operation and show the data. The screenshot is kept in
// ARTIFACTS_DIR (.ci/run prints where).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = process.env.ARTIFACTS_DIR ?? join(process.cwd(), '.artifacts');

useDemoContent();

let server: Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('GraphiQL in a browser, offline', () => {
  it('renders, runs the default operation and shows its data', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const blocked: string[] = [];
    const failed: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    });
    page.on('pageerror', (err) => failed.push(err.message));
    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(() => page.locator('.graphiql-editor').first().innerText(), { timeout: 30_000 }).toContain('ArticlePage');
    await run.click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('central-bank-holds-rates-steady');
    expect(await response.innerText()).toContain('"data"');
    // The explorer plugin is there, and lists the schema's root fields.
    const labels = await page.locator('.graphiql-sidebar button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
    const explorer = labels.find((l) => /explorer/i.test(l) && !/documentation/i.test(l));
    expect(explorer, labels.join(', ')).toBeTruthy();
    await page.locator(`.graphiql-sidebar button[aria-label="${explorer}"]`).click();
    await expect.poll(() => page.locator('.graphiql-plugin').innerText(), { timeout: 10_000 }).toContain('articleStats');
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'graphiql.png'), fullPage: true });
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
  });
});
