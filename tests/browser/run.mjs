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

/** The number at the start of the search page's result count, once it shows `expected`. */
async function waitForCount(page, expected, what) {
  const count = page.locator('[data-testid="result-count"]');
  try {
    await page.waitForFunction(
      (n) => {
        const text = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
        const busy = document.querySelector('.search__results .work-list')?.getAttribute('aria-busy');
        return text.trim().startsWith(`${n} work`) && busy === 'false';
      },
      expected,
      { timeout: TIMEOUT_MS },
    );
  } catch {
    const shown = (await count.count()) ? await count.innerText() : '(no count)';
    throw new Error(`${what}: expected ${expected} works found, the page says ${JSON.stringify(shown)}`);
  }
}

check('typing in the search box suggests, from one CJK character, and choosing a title opens that work', async (page) => {
  // A title suggestion for the first word of some work's title.
  const { items } = await api('/search?limit=24');
  let prefix;
  let title;
  for (const hit of items) {
    const word = hit.artwork.title.split(/\s+/).find((w) => w.length >= 4);
    if (!word) continue;
    const candidate = word.slice(0, 5);
    const { items: suggested } = await api(`/suggest?q=${encodeURIComponent(candidate)}&limit=8`);
    const found = suggested.find((s) => s.kind === 'title' && s.slug);
    if (found) {
      prefix = candidate;
      title = found;
      break;
    }
  }
  if (!title) throw new Error('no work title could be suggested from the demo data');

  await page.goto(`${BASE}/search`);
  const input = page.locator('#search-input');
  await waitFor(input, 'the search box');
  expectEqual(await input.getAttribute('role'), 'combobox', 'search box role');

  // One CJK character is enough for suggestions.
  const cjk = items.map((h) => h.artwork.title_original ?? '').join('').match(/[\u3400-\u9fff]/u)?.[0];
  if (cjk) {
    const { items: cjkSuggested } = await api(`/suggest?q=${encodeURIComponent(cjk)}&limit=8`);
    if (cjkSuggested.length) {
      await input.pressSequentially(cjk);
      await waitFor(page.locator('#search-listbox [role="option"]'), `suggestions for ${cjk}`);
      expectEqual(await input.getAttribute('aria-expanded'), 'true', 'aria-expanded with suggestions');
      await input.press('Escape');
      expectEqual(await input.getAttribute('aria-expanded'), 'false', 'aria-expanded after Escape');
      await input.fill('');
    }
  }

  await input.pressSequentially(prefix, { delay: 30 });
  const options = page.locator('#search-listbox [role="option"]');
  await waitFor(options.filter({ hasText: title.text }), `the suggestion "${title.text}" for "${prefix}"`);
  const texts = await options.locator('.suggest__text').allInnerTexts();
  const kinds = await options.evaluateAll((els) => els.map((el) => el.dataset.kind));
  const index = texts.findIndex((text, i) => text.trim() === title.text && kinds[i] === 'title');
  if (index < 0) throw new Error(`"${title.text}" is not among the suggestions: ${texts.join(' | ')}`);

  // Arrow keys move the active option; Enter chooses it.
  for (let i = 0; i <= index; i += 1) await input.press('ArrowDown');
  const activeId = await input.getAttribute('aria-activedescendant');
  expectEqual(activeId, await options.nth(index).getAttribute('id'), 'aria-activedescendant');
  expectEqual(await options.nth(index).getAttribute('aria-selected'), 'true', 'aria-selected of the active option');
  await input.press('Enter');
  await page.waitForURL((url) => url.pathname === `/artworks/${title.slug}`, { timeout: TIMEOUT_MS });
  const artwork = await api(`/artworks/${encodeURIComponent(title.slug)}`);
  const heading = page.locator('h1[data-testid="artwork-title"]');
  await waitFor(heading, `the page of ${title.slug}`);
  expectEqual((await heading.innerText()).trim(), artwork.title, 'artwork page h1 after choosing a suggestion');
});

check('a facet checkbox narrows the search and goes into the URL; its chip removes it; back restores it', async (page) => {
  const all = await api('/search?limit=1');
  const country = all.facets.find((f) => f.name === 'country')?.values.find((v) => v.count < all.total);
  if (!country) throw new Error('the demo data has no country that narrows the search');

  await page.goto(`${BASE}/search`);
  await waitForCount(page, all.total, 'the whole collection');
  const box = page.locator(`[data-facet="country"] input[type="checkbox"][value="${country.value}"]`);
  await waitFor(box, `the ${country.value} checkbox`);
  await box.check();
  await page.waitForURL((url) => url.searchParams.getAll('country').includes(country.value), { timeout: TIMEOUT_MS });
  await waitForCount(page, country.count, `works from ${country.value}`);
  expectEqual(await box.isChecked(), true, 'checkbox after choosing');

  const chip = page.locator('[data-testid="active-filters"] [data-testid="filter-chip"]');
  await waitFor(chip, 'the chip of the filter');
  expectEqual((await chip.innerText()).replace('×', '').trim(), country.label, 'chip label');
  await chip.first().click();
  await page.waitForURL((url) => !url.searchParams.has('country'), { timeout: TIMEOUT_MS });
  await waitForCount(page, all.total, 'the collection after removing the chip');
  expectEqual(await box.isChecked(), false, 'checkbox after removing the chip');

  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('country') === country.value, { timeout: TIMEOUT_MS });
  await waitForCount(page, country.count, 'the filtered search after going back');
});

const DEMO_EDITOR = { email: 'editor@demo.vcm.invalid', password: 'demo-password-vcm' };

/** Signs in as the demo editor through the sign-in page, then goes to `next`. */
async function signIn(page, next) {
  await page.goto(`${BASE}/login?next=${encodeURIComponent(next)}`);
  const form = page.locator('[data-testid="login-form"]');
  await waitFor(form, 'the sign-in form');
  await form.locator('input[name="email"]').fill(DEMO_EDITOR.email);
  await form.locator('input[name="password"]').fill(DEMO_EDITOR.password);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === next, { timeout: TIMEOUT_MS });
}

check('an editor signs in, imports a CSV after reading its dry-run report, and finds the work on the dashboard', async (page) => {
  await signIn(page, '/partner/import');
  const stamp = Date.now();
  const title = `Browser test bowl ${stamp}`;
  const csv = `inventory_number,title,object_type,rights\nBT-${stamp},${title},ceramics,CC0\nBT-${stamp}-bad,,vase,CC0\n`;
  await waitFor(page.locator('[data-testid="import-form"]'), 'the import form');
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: 'works.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.locator('[data-testid="dry-run"]').click();
  const report = page.locator('[data-testid="dry-run-result"]');
  await waitFor(report, 'the dry-run report');
  await waitFor(report.locator('[data-testid="failed-row"]'), 'the failed row of the dry run');
  expectEqual(await report.locator('[data-testid="failed-row"]').count() > 0, true, 'failed rows listed');
  expectEqual((await report.locator('[data-testid="count-created"]').innerText()).trim(), '1', 'created in the dry run');
  await page.locator('[data-testid="import-for-real"]').click();
  const result = page.locator('[data-testid="import-result"]');
  await waitFor(result.locator('[data-testid="count-created"]'), 'the import result');
  expectEqual((await result.locator('[data-testid="count-created"]').innerText()).trim(), '1', 'created for real');

  await page.goto(`${BASE}/partner?status=draft`);
  const row = page.locator('[data-testid="partner-work"]', { hasText: title });
  await waitFor(row, `the imported work "${title}" on the dashboard`);
  await waitFor(page.locator('[data-testid="quota"]'), 'the quota on the dashboard');
});

check('the work form shows each problem next to its field before sending anything', async (page) => {
  await signIn(page, '/partner/artworks/new');
  const form = page.locator('[data-testid="work-form"]');
  await waitFor(form, 'the new work form');
  await form.locator('[data-testid="save-work"]').click();
  await waitFor(page.locator('[data-testid="error-summary"]'), 'the error summary');
  const title = form.locator('input[name="title"]');
  expectEqual(await title.getAttribute('aria-invalid'), 'true', 'the title field is marked invalid');
  const described = await title.getAttribute('aria-describedby');
  if (!described) throw new Error('the title field names no description');
  const message = page.locator(`[id="${described.split(' ').find((id) => id.includes('error')) ?? described.split(' ')[0]}"]`);
  await waitFor(message, 'the title field\'s error message');
});

check('the timeline page draws a bar for every century and region, each opening its search', async (page) => {
  const timeline = await api('/timeline');
  if (!timeline.buckets.length) throw new Error('the demo data has nothing to place on the timeline');

  await page.goto(`${BASE}/timeline`);
  const bars = page.locator('[data-testid="timeline"] [data-testid="timeline-bar"]');
  await waitFor(bars, 'the bars of the timeline');
  expectEqual(await bars.count(), timeline.buckets.length, 'number of bars');
  const heights = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  if (heights.some((h) => h < 3)) throw new Error(`bars too small to see or click: ${heights.join(', ')}`);

  const bucket = timeline.buckets[timeline.buckets.length - 1];
  const hrefs = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  const index = hrefs.findIndex((href) => {
    const url = new URL(href, 'http://x');
    return (
      url.searchParams.get('year_from') === String(bucket.from) &&
      url.searchParams.get('year_to') === String(bucket.to) &&
      url.searchParams.get('region') === bucket.region
    );
  });
  if (index < 0) throw new Error(`no bar links to ${bucket.region} in ${bucket.from}–${bucket.to}: ${hrefs.join(' ')}`);
  const bar = bars.nth(index);
  const label = await bar.getAttribute('aria-label');
  if (!label?.includes(`${bucket.count} work`)) throw new Error(`last bar is labelled ${JSON.stringify(label)}`);
  await bar.click();
  await page.waitForURL(
    (url) =>
      url.pathname === '/search' &&
      url.searchParams.get('year_from') === String(bucket.from) &&
      url.searchParams.get('year_to') === String(bucket.to) &&
      url.searchParams.get('region') === bucket.region,
    { timeout: TIMEOUT_MS },
  );
  await waitFor(page.locator('[data-testid="search-results"] [data-testid="artwork-card"]'), 'the works of the bar');
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
