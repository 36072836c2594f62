// Browser test of the VCM web app: drives the built app, served by a running
// VCM server with demo data, in Debian's headless Chromium via playwright-core.
//
//   VCM_BASE_URL=http://127.0.0.1:8123 npm test
//
// VCM_CHROMIUM overrides the browser path (default /usr/bin/chromium); no
// browser is ever downloaded. Prints one closing line, `browser: N passed, M
// failed`, and exits 1 when any check fails.

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const BASE = (process.env.VCM_BASE_URL ?? '').replace(/\/+$/, '');
const CHROMIUM = process.env.VCM_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.VCM_BROWSER_TIMEOUT_MS ?? 20_000);

const checks = [];
/** Registers a check: `fn(page)` throws to fail; `options` are the browser context's. */
function check(name, fn, options = {}) {
  checks.push({ name, fn, options });
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

/**
 * Opens a public page and waits until its islands (the parts that respond:
 * search box, facets, forms, gallery) have come to life: before that, the
 * page is the server's HTML, readable but inert.
 */
async function visit(page, path) {
  await page.goto(`${BASE}${path}`);
  try {
    await page.waitForSelector('html[data-islands="ready"]', { state: 'attached', timeout: TIMEOUT_MS });
  } catch {
    throw new Error(`the islands of ${path} did not start within ${TIMEOUT_MS} ms`);
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

  await visit(page, '/search');
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

check('a facet checkbox narrows the search and goes into the URL; its chip removes it; back restores it; a new search keeps it, in the same page', async (page) => {
  const all = await api('/search?limit=1');
  const country = all.facets.find((f) => f.name === 'country')?.values.find((v) => v.count < all.total);
  if (!country) throw new Error('the demo data has no country that narrows the search');

  await visit(page, '/search');
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

  // A new search from the page's own box keeps the filter and changes the
  // results in place: the page is not loaded again.
  await page.evaluate(() => { window.vcmSamePage = true; });
  const input = page.locator('#search-input');
  await input.fill('zzzz');
  await input.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === 'zzzz' && url.searchParams.get('country') === country.value, { timeout: TIMEOUT_MS });
  await waitFor(page.locator('[data-testid="empty-state"]'), 'no results for the new search');
  expectEqual(await page.evaluate(() => window.vcmSamePage === true), true, 'the same page after a new search');
});

const DEMO_EDITOR = { email: 'editor@demo.vcm.invalid', password: 'demo-password-vcm' };

const DEMO_ADMIN = { email: 'admin@demo.vcm.invalid', password: 'demo-password-vcm' };

/** Signs in (as the demo editor unless told) through the sign-in page, then goes to `next`. */
async function signIn(page, next, who = DEMO_EDITOR) {
  await page.goto(`${BASE}/login?next=${encodeURIComponent(next)}`);
  const form = page.locator('[data-testid="login-form"]');
  await waitFor(form, 'the sign-in form');
  await form.locator('input[name="email"]').fill(who.email);
  await form.locator('input[name="password"]').fill(who.password);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === next, { timeout: TIMEOUT_MS });
}

/** A published work with a ready image, once the demo's images are made. */
async function workWithImage() {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { items } = await api('/search?has_image=yes&limit=1');
    if (items.length) return api(`/artworks/${encodeURIComponent(items[0].artwork.slug)}`);
    if (Date.now() > deadline) throw new Error('no demo image was ready 90 s after start');
    await new Promise((done) => setTimeout(done, 500));
  }
}

check("a visitor's journey downloads each page's bundle only: lite for the home and museum pages, zoom for a work, search for a search; signing in loads the console", async (page) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const work = await workWithImage();
  // The bundles whose wasm the last visit fetched, by name (vcm-NAME-HASH_bg.wasm).
  const bundlesSince = (start) => fetched.slice(start).filter((p) => p.endsWith('.wasm')).map((p) => p.split('/').pop().split('-')[1]);
  let start = fetched.length;
  // The home page's islands (search box, account menu) are in the lite bundle.
  await visit(page, '/');
  await waitFor(page.locator('[data-testid="featured"] [data-testid="artwork-link"]'), 'the featured works');
  expectEqual(bundlesSince(start).join(), 'lite', 'the bundles fetched by the home page');
  // The search page's island is not: it loads the search bundle.
  start = fetched.length;
  await visit(page, `/search?q=${encodeURIComponent(work.title.split(' ')[0])}`);
  await waitFor(page.locator('[data-testid="search-results"]'), 'search results');
  expectEqual(bundlesSince(start).join(), 'search', 'the bundles fetched by the search page');
  // A work's gallery, with the deep-zoom viewer, is in the zoom bundle only.
  start = fetched.length;
  await visit(page, `/artworks/${encodeURIComponent(work.slug)}`);
  await waitFor(page.locator('[data-testid="artwork-title"]'), 'the artwork page');
  expectEqual(bundlesSince(start).join(), 'zoom', 'the bundles fetched by a work\'s page');
  start = fetched.length;
  await page.locator('[data-testid="artwork-museum"]').click();
  await waitFor(page.locator('[data-testid="museum-name"]'), 'the museum page');
  await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready', null, { timeout: TIMEOUT_MS });
  // (The lite bundle may come from the browser's cache, unseen.)
  expectEqual(bundlesSince(start).filter((b) => b !== 'lite').join(), '', 'other bundles fetched by the museum page');
  const console_ = fetched.filter((p) => p.includes('vcm-console'));
  if (console_.length) throw new Error(`a visitor fetched console code: ${console_.join(', ')}`);

  await page.locator('[data-testid="sign-in-link"]').click();
  await waitFor(page.locator('[data-testid="login-form"]'), 'the sign-in form');
  if (!fetched.some((p) => p.includes('vcm-console') && p.endsWith('.wasm'))) {
    throw new Error('signing in did not load the console bundle');
  }
});

check('without JavaScript, a work shows its title, image and statement, and a search its results', async (page) => {
  const work = await workWithImage();
  await page.goto(`${BASE}/artworks/${encodeURIComponent(work.slug)}`);
  expectEqual((await page.locator('h1[data-testid="artwork-title"]').innerText()).trim(), work.title, 'title');
  const image = page.locator('[data-testid="artwork-stage"] img');
  await page.waitForFunction(() => document.querySelector('[data-testid="artwork-stage"] img')?.naturalWidth > 0, null, { timeout: TIMEOUT_MS });
  expectEqual(await image.getAttribute('alt'), work.images.find((i) => i.primary)?.alt ?? work.images[0].alt, 'image alt');
  const statement = (await page.locator('.statement').innerText()).replace(/\s+/g, ' ');
  if (!statement.includes(work.statement.split(/\s+/).slice(0, 8).join(' '))) throw new Error(`statement: ${statement}`);

  const results = await api('/search?q=landscape&limit=24');
  await page.goto(`${BASE}/search?q=landscape`);
  const cards = page.locator('[data-testid="search-results"] [data-testid="artwork-card"]');
  expectEqual(await cards.count(), results.items.length, 'search results without JavaScript');
}, { javaScriptEnabled: false });

check('axe-core finds no accessibility violation on any public page', async (page) => {
  const work = await workWithImage();
  const paths = [
    '/',
    '/search?q=landscape',
    '/collection',
    `/artworks/${encodeURIComponent(work.slug)}`,
    '/museums',
    `/museums/${encodeURIComponent(work.museum.slug)}`,
    `/countries/${work.museum.country.code}`,
    '/timeline',
    '/apply',
    '/no-such-page',
  ];
  const found = [];
  for (const path of paths) {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) {
      found.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
  }
  if (found.length) throw new Error(`axe-core violations:\n     ${found.join('\n     ')}`);
});

/** The single-line messages of an interface language's file, by id, placeholders removed. */
function messages(tag) {
  const text = readFileSync(new URL(`../../web/locales/${tag}.ftl`, import.meta.url), 'utf8');
  const out = new Map();
  for (const line of text.split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m) out.set(m[1], m[2].replace(/\{[^}]*\}/g, ' ').replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * The English interface texts left on the page: English messages of three
 * words or more that the language says otherwise, found in what the page
 * shows or names (its text, and its controls' accessible names). The
 * records' own texts may be English: they are not messages of three words
 * an interface says.
 */
async function englishLeft(page, english, theirs) {
  const shown = await page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label],[placeholder],[title]')]
      .map((e) => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')].join(' '));
    return `${document.body.innerText}\n${names.join('\n')}`;
  });
  const left = [];
  for (const [id, text] of english) {
    if (text.split(' ').length < 3 || theirs.get(id) === text) continue;
    if (shown.includes(text)) left.push(`${id}: ${text}`);
  }
  return left;
}

for (const [tag, name] of [['ko', '한국어'], ['fr', 'Français']]) {
  check(`a visitor's journey in ${name}: home, a search with a facet, a work and its museum speak it, with no English left; the language menu keeps the page and its search`, async (page) => {
    const english = messages('en');
    const theirs = messages(tag);
    const work = await workWithImage();
    const look = async (what) => {
      expectEqual(await page.evaluate(() => document.documentElement.lang), tag, `the language of ${what}`);
      const left = await englishLeft(page, english, theirs);
      if (left.length) throw new Error(`English left on ${what}:\n     ${left.slice(0, 10).join('\n     ')}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      if (violations.length) throw new Error(`axe-core on ${what}: ${violations.map((v) => v.id).join(', ')}`);
    };
    await visit(page, `/?lang=${tag}`);
    await waitFor(page.locator('[data-testid="featured"] [data-testid="artwork-link"]'), 'the featured works');
    expectEqual((await page.locator('.site-nav').innerText()).includes(theirs.get('nav-search')), true, 'the navigation');
    await look('the home page');

    // The choice is remembered: the next pages need no `lang`.
    const all = await api('/search?limit=1');
    const country = all.facets.find((f) => f.name === 'country')?.values.find((v) => v.count < all.total);
    await visit(page, '/search');
    const box = page.locator(`[data-facet="country"] input[type="checkbox"][value="${country.value}"]`);
    await waitFor(box, `the ${country.value} checkbox`);
    await box.check();
    await page.waitForURL((url) => url.searchParams.getAll('country').includes(country.value), { timeout: TIMEOUT_MS });
    await waitFor(page.locator('[data-testid="filter-chip"]'), 'the chip of the filter');
    await look('a search with a facet');
    // Countries too are named in the language, in the facet and its chip.
    const named = theirs.get(`country-${country.value.toLowerCase()}`);
    expectEqual((await page.locator('[data-testid="filter-chip"]').innerText()).includes(named), true, `the chip names ${named}`);

    await visit(page, `/artworks/${encodeURIComponent(work.slug)}`);
    await waitFor(page.locator('[data-testid="artwork-title"]'), 'the artwork page');
    await look('a work');
    await visit(page, `/museums/${encodeURIComponent(work.museum.slug)}`);
    await waitFor(page.locator('[data-testid="museum-name"]'), 'the museum page');
    await look('a museum');

    // The language menu: the same search, in English.
    await visit(page, `/search?q=a&country=${country.value}`);
    await page.locator('[data-testid="language-menu"] summary').click();
    await page.locator('[data-testid="language-option"][hreflang="en"]').click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en', { timeout: TIMEOUT_MS });
    const url = new URL(page.url());
    expectEqual(`${url.pathname} ${url.searchParams.get('q')} ${url.searchParams.get('country')}`, `/search a ${country.value}`, 'the page and search kept');
    expectEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'the language chosen');
  });
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

/** The emails written to `to`, newest first, read through the admin API. */
async function emailsTo(to) {
  const login = await fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  const { access_token: token } = await login.json();
  const res = await fetch(`${BASE}/api/v1/admin/emails?recipient=${encodeURIComponent(to)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()).items;
}

check('a museum applies, the secretariat approves it, its new editor sets a password and nominates a work, the secretariat publishes it, and a visitor finds it', async (page) => {
  const stamp = Date.now();
  const museum = `Browser Test Museum ${stamp}`;
  const contact = `curator-${stamp}@museum.example`;
  const title = `Celadon maebyeong ${stamp}`;
  const password = `a long password ${stamp}`;
  const browser = page.context().browser();
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();

  // The museum applies through the public form.
  await visit(page, '/apply');
  const form = page.locator('[data-testid="apply-form"]');
  await waitFor(form, 'the application form');
  await page.locator('[data-testid="museum_name"]').fill(museum);
  await page.locator('[data-testid="country"]').selectOption('KR');
  await page.locator('[data-testid="city"]').fill('Gangneung');
  await page.locator('[data-testid="website"]').fill(`https://museum-${stamp}.example`);
  await page.locator('[data-testid="kind"]').selectOption('art');
  await page.locator('[data-testid="collections"]').fill('Goryeo celadon and Joseon paintings.');
  await page.locator('[data-testid="contact_name"]').fill('Park Ji-woo');
  await page.locator('[data-testid="contact_email"]').fill(contact);
  await page.locator('[data-testid="icom_code_of_ethics"]').check();
  await page.locator('[data-testid="signed_application"]').setInputFiles({
    name: 'signed.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
  });
  await page.locator('[data-testid="apply-submit"]').click();
  await waitFor(page.locator('[data-testid="apply-reference"]'), 'the reference');
  const reference = (await page.locator('[data-testid="apply-reference"]').innerText()).trim();

  // The secretariat approves it.
  await signIn(admin, '/admin/applications', DEMO_ADMIN);
  const row = admin.locator(`[data-testid="application-row-${reference}"]`);
  await waitFor(row, `the application ${reference} in the list`);
  await row.locator('a').first().click();
  await waitFor(admin.locator('[data-testid="application-approve"]'), 'the approve button');
  await admin.locator('[data-testid="application-approve"]').click();
  await waitFor(admin.locator('[data-testid="application-status"][data-status="approved"]'), 'the approved status');

  // The contact sets the password of the museum's first editor account.
  const invite = (await emailsTo(contact)).find((m) => m.body.includes('token='));
  if (!invite) throw new Error(`no invitation emailed to ${contact}`);
  const token = invite.body.split('token=')[1].split(/\s/)[0];
  await page.goto(`${BASE}/account/password?token=${encodeURIComponent(token)}`);
  const set = page.locator('[data-testid="set-password-form"]');
  await waitFor(set, 'the set-password form');
  await set.locator('input[name="new_password"]').fill(password);
  await set.locator('input[name="new_password_repeat"]').fill(password);
  await set.locator('button[type="submit"]').click();
  await waitFor(page.locator('[data-testid="password-set"]'), 'the password set');

  // The new editor signs in, creates a work and nominates it.
  await signIn(page, '/partner/artworks/new', { email: contact, password });
  const work = page.locator('[data-testid="work-form"]');
  await waitFor(work, 'the new work form');
  await work.locator('[name="title"]').fill(title);
  await work.locator('[name="object_type"]').selectOption('ceramics');
  await work.locator('[name="rights"]').selectOption('http://creativecommons.org/publicdomain/zero/1.0/');
  await work.locator('[name="statement"]').fill('The finest inlaid celadon vase of the museum.');
  await work.locator('[data-testid="save-work"]').click();
  await page.waitForURL((url) => url.pathname.endsWith('/edit'), { timeout: TIMEOUT_MS });
  const slug = new URL(page.url()).pathname.split('/')[3];
  await page.locator('[data-testid="nominate"]').click();
  await waitFor(page.locator('.badge', { hasText: /review/i }).first(), 'the work in review');

  // The secretariat publishes it from the review queue.
  await admin.goto(`${BASE}/admin/reviews`);
  const queued = admin.locator(`[data-testid="review-row-${slug}"]`);
  await waitFor(queued, `the work ${slug} in the review queue`);
  await queued.locator('a').first().click();
  await waitFor(admin.locator('[data-testid="review-publish"]'), 'the publish button');
  await admin.locator('[data-testid="review-publish"]').click();
  const outcome = admin.locator('[data-testid="review-outcome"]');
  await waitFor(outcome, 'the decision');
  if (!(await outcome.first().evaluate((e) => e.classList.contains('notice--success')))) {
    throw new Error(`publishing failed: ${await outcome.first().innerText()}`);
  }

  // A visitor finds it by searching, and opens it. The index follows the
  // database within a moment; asking the API first keeps a too-early, empty
  // answer out of the browser's cache (search answers may be cached a minute).
  const query = `${BASE}/api/v1/search?q=${encodeURIComponent(title)}`;
  for (let attempt = 0; ; attempt += 1) {
    const found = await (await fetch(query)).json();
    if (found.items.some((hit) => hit.artwork.slug === slug)) break;
    if (attempt >= 100) {
      const work = await fetch(`${BASE}/api/v1/artworks/${slug}`);
      throw new Error(`the published work is not found by search after 20 s (GET ${slug}: ${work.status})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await page.goto(`${BASE}/search?q=${encodeURIComponent(title)}`);
  const hit = page.locator('[data-testid="search-results"] a', { hasText: title }).first();
  await waitFor(hit, 'the published work in the search results');
  await hit.click();
  await waitFor(page.locator('h1', { hasText: title }), 'the published work\'s page');
  await admin.context().close();
});

check('the secretariat suspends a museum, giving a reason, and restores it', async (page) => {
  const slug = 'victoria-and-albert-museum';
  await signIn(page, '/admin/museums', DEMO_ADMIN);
  const row = page.locator(`[data-testid="museum-row-${slug}"]`);
  await waitFor(row, `the museum ${slug} in the list`);
  await row.locator('a').first().click();
  const form = page.locator('[data-testid="membership-form"]');
  await waitFor(form, 'the membership form');
  const save = async (status, reason) => {
    await form.locator('[data-testid="membership-status"]').selectOption(status);
    await form.locator('[data-testid="membership-reason"]').fill(reason);
    await form.locator('[data-testid="membership-save"]').click();
    await waitFor(page.locator('[data-testid="membership-outcome"]'), `the museum ${status}`);
    await waitFor(page.locator('[data-testid="membership-badge"]', { hasText: new RegExp(status, 'i') }), `the ${status} badge`);
    const museum = await api(`/museums/${slug}`);
    if (museum.membership_status !== status) {
      throw new Error(`the museum is ${museum.membership_status}, not ${status}`);
    }
  };
  // Without a reason, the form says what is missing and sends nothing.
  await form.locator('[data-testid="membership-status"]').selectOption('suspended');
  await form.locator('[data-testid="membership-reason"]').fill('');
  await form.locator('[data-testid="membership-save"]').click();
  await waitFor(form.locator('[data-testid="field-error"]'), 'the missing reason');
  await save('suspended', 'The loan agreement is under review.');
  await save('active', '');
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

check("the demo's drawn images show in search results, with alt text that says what they stand in for", async (page) => {
  // The server draws them at start and makes their renditions in the background.
  const deadline = Date.now() + 90_000;
  while ((await api('/search?has_image=yes&limit=1')).total === 0) {
    if (Date.now() > deadline) throw new Error('no demo image was ready 90 s after start');
    await new Promise((done) => setTimeout(done, 500));
  }
  await page.goto(`${BASE}/search?has_image=yes`);
  const thumb = page.locator('[data-testid="artwork-card"] img').first();
  await waitFor(thumb, "a result's thumbnail");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="artwork-card"] img')?.naturalWidth > 0,
    null,
    { timeout: TIMEOUT_MS },
  );
  const alt = await thumb.getAttribute('alt');
  if (!alt.includes('standing in for a photograph of')) throw new Error(`thumbnail alt text: ${alt}`);
});

check('an editor uploads an image of a work, and a visitor zooms into it and finds its IIIF manifest', async (page) => {
  const works = await api('/artworks?museum=national-museum-of-korea&limit=1');
  const slug = works.items[0].slug;
  // The IIIF validator's test image (a grid of coloured squares), from the shared data beside the clone.
  const png = readFileSync(new URL('../../../shared/data/iiif/67352ccc-d1b0-11e1-89ae-279075081939.png', import.meta.url));
  await signIn(page, `/partner/artworks/${slug}/edit`);
  const form = page.locator('[data-testid="image-upload-form"]');
  await waitFor(form, 'the image upload form');
  await form.locator('[data-testid="image-file"]').setInputFiles({ name: 'squares.png', mimeType: 'image/png', buffer: png });
  await form.locator('[data-testid="image-alt"]').fill('A grid of one hundred coloured squares');
  await form.locator('[data-testid="image-submit"]').click();
  // The work may have a demo image already; wait for this one.
  await waitFor(
    page.locator('[data-testid="image-item"][data-state="ready"]').filter({ hasText: 'A grid of one hundred coloured squares' }),
    'the uploaded image, ready',
  );

  await visit(page, `/artworks/${slug}`);
  const manifest = page.locator('[data-testid="manifest-link"]');
  await waitFor(manifest, 'the IIIF manifest link');
  expectEqual(await manifest.getAttribute('href'), `/iiif/3/manifests/${slug}`, 'manifest link');
  await page.locator('[data-testid="open-zoom"]').click();
  const viewer = page.locator('[data-testid="deep-zoom"]');
  await waitFor(viewer, 'the deep-zoom viewer');
  await waitFor(viewer.locator('[data-testid="deep-zoom-tile"]'), 'a tile in the viewer');
  const zoom = async () => Number(await viewer.getAttribute('data-zoom'));
  const start = await zoom();
  await viewer.locator('[data-testid="zoom-in"]').click();
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid="deep-zoom"]').dataset.zoom) > s, start, { timeout: TIMEOUT_MS });
  await page.keyboard.press('0');
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid="deep-zoom"]').dataset.zoom) === s, start, { timeout: TIMEOUT_MS });
  await page.keyboard.press('+');
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid="deep-zoom"]').dataset.zoom) > s, start, { timeout: TIMEOUT_MS });
  await viewer.locator('[data-testid="zoom-reset"]').click();
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid="deep-zoom"]').dataset.zoom) === s, start, { timeout: TIMEOUT_MS });
  await viewer.locator('[data-testid="zoom-close"]').click();
  await viewer.waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
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
  for (const { name, fn, options } of checks) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
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
