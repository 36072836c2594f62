// Browser test of the VCM web app: drives the built app, served by a running
// VCM server with demo data, in Debian's headless Chromium via playwright-core.
//
//   VCM_BASE_URL=http://127.0.0.1:8123 npm test
//
// VCM_CHROMIUM overrides the browser path (default /usr/bin/chromium); no
// browser is ever downloaded. Prints one closing line, `browser: N passed, M
// failed`, and exits 1 when any check fails.

import { chromium } from 'playwright-core';

const BASE = (process.env.VCM_BASE_URL ?? '').replace(/\/+$/, '');
const CHROMIUM = process.env.VCM_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.VCM_BROWSER_TIMEOUT_MS ?? 20_000);

const checks = [];
/** Registers a check: `fn(page)` throws to fail. */
function check(name, fn) {
  checks.push({ name, fn });
}

function expectEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

async function api(path) {
  const res = await fetch(`${BASE}/api/v1${path}`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/v1${path} answered ${res.status}`);
  return res.json();
}

/** Waits for a locator, failing with what was expected rather than a bare timeout. */
async function waitFor(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  } catch {
    throw new Error(`${what} did not appear within ${TIMEOUT_MS} ms`);
  }
}

check('the home page links a featured work whose page shows its title and museum', async (page) => {
  await page.goto(`${BASE}/`);
  const links = page.locator('[data-testid="featured"] [data-testid="artwork-link"]');
  await waitFor(links, 'a featured work on the home page');

  const link = links.first();
  const href = await link.getAttribute('href');
  if (!href?.startsWith('/artworks/')) throw new Error(`featured link goes to ${href}`);
  const slug = decodeURIComponent(href.slice('/artworks/'.length));
  await link.click();
  await page.waitForURL((url) => url.pathname === href, { timeout: TIMEOUT_MS });

  const artwork = await api(`/artworks/${encodeURIComponent(slug)}`);
  const title = page.locator('h1[data-testid="artwork-title"]');
  await waitFor(title, `the title of artwork ${slug}`);
  expectEqual((await title.innerText()).trim(), artwork.title, 'artwork page h1');
  expectEqual(await page.locator('h1').count(), 1, 'number of h1 on the artwork page');

  const museum = page.locator('[data-testid="artwork-museum"]');
  await waitFor(museum, 'the museum link on the artwork page');
  expectEqual((await museum.innerText()).trim(), artwork.museum.name, 'museum link text');
  expectEqual(await museum.getAttribute('href'), `/museums/${artwork.museum.slug}`, 'museum link');
});

check('a museum filter held in the URL narrows the collection', async (page) => {
  const { items } = await api('/museums?limit=100');
  const museum = items.find((m) => m.artwork_count > 0);
  if (!museum) throw new Error('the demo data has no museum with works');

  await page.goto(`${BASE}/collection?museum=${encodeURIComponent(museum.slug)}`);
  const cards = page.locator('[data-testid="work-grid"] [data-testid="artwork-card"]');
  await waitFor(cards, `works of ${museum.slug} in the collection`);
  const names = await cards.locator('.card__museum').allInnerTexts();
  const others = names.filter((n) => n.trim() !== museum.name);
  if (others.length) throw new Error(`works of other museums shown: ${others.join(', ')}`);
  const select = page.locator('#filter-museum');
  await page.waitForFunction(
    (slug) => document.querySelector('#filter-museum')?.value === slug,
    museum.slug,
    { timeout: TIMEOUT_MS },
  ).catch(async () => {
    throw new Error(`museum select shows ${JSON.stringify(await select.inputValue())}, not ${museum.slug}`);
  });
});

check('an unknown address shows the not-found page', async (page) => {
  await page.goto(`${BASE}/no-such-page`);
  const heading = page.locator('[data-testid="not-found"] h1');
  await waitFor(heading, 'the not-found page');
  expectEqual((await heading.innerText()).trim(), 'Page not found', 'not-found heading');
});

async function main() {
  if (!BASE) {
    console.error('VCM_BASE_URL is not set: give the address of a running VCM server with demo data.');
    console.log('browser: 0 passed, 1 failed');
    process.exit(1);
  }

  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (e) {
    console.error(`could not start Chromium at ${CHROMIUM}: ${e.message}`);
    console.log(`browser: 0 passed, ${checks.length} failed`);
    process.exit(1);
  }

  let passed = 0;
  let failed = 0;
  for (const { name, fn } of checks) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    const consoleErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    try {
      await fn(page);
      if (pageErrors.length) throw new Error(`uncaught error in the page: ${pageErrors.join(' | ')}`);
      passed += 1;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed += 1;
      console.log(`FAIL ${name}\n     ${e.message}`);
      for (const msg of consoleErrors) console.log(`     console: ${msg}`);
      console.log(`     at ${page.url()}`);
    } finally {
      await context.close();
    }
  }
  await browser.close();

  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
