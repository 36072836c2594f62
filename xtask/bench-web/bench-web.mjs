// `cargo xtask bench web`: what a visitor's first visit to four pages costs,
// against a running VCM server with demo data (VCM_BASE_URL).
//
// - Bytes over the wire by kind, as Debian's Chromium fetches them (brotli
//   where the server offers it) with an empty cache, until the network is idle.
// - Lighthouse 12.8 with its default mobile settings (simulated slow 4G, 4x
//   slower CPU, a phone's screen): the four category scores, FCP, LCP, CLS,
//   TBT, and which element the LCP is with its phases (where its time goes).
//
// Prints two tables. CHROME_PATH overrides the browser (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const BASE = (process.env.VCM_BASE_URL ?? '').replace(/\/+$/, '');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PAGES = [
  ['home', '/'],
  ['search', '/search?q=buddha'],
  ['artwork', '/artworks/thousand-li-of-rivers-and-mountains'],
  ['museum', '/museums/palace-museum-beijing'],
];
const KINDS = ['html', 'css', 'js', 'wasm', 'i18n', 'data', 'images', 'other'];

function kindOf(type, url) {
  if (url.endsWith('.wasm')) return 'wasm';
  // The interface language's messages (Fluent).
  if (url.endsWith('.ftl')) return 'i18n';
  switch (type) {
    case 'Document': return 'html';
    case 'Stylesheet': return 'css';
    case 'Script': return 'js';
    case 'Image': return 'images';
    case 'Fetch':
    case 'XHR': return 'data';
    default: return 'other';
  }
}

/** Bytes received for one page's first visit, by kind. */
async function bytesOf(browser, path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  const totals = Object.fromEntries(KINDS.map((k) => [k, 0]));
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, kindOf(e.type, e.response.url)));
  cdp.on('Network.loadingFinished', (e) => {
    const kind = requests.get(e.requestId) ?? 'other';
    totals[kind] += e.encodedDataLength;
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  // The bundle has hydrated the page and asked whether someone is signed in.
  await page.waitForTimeout(1000);
  await context.close();
  return totals;
}

const kb = (n) => (n / 1024).toFixed(1);

/** The LCP's element and its phases (TTFB, load delay, load time, render delay). */
function lcpElement(lhr) {
  const details = lhr.audits['largest-contentful-paint-element']?.details;
  const tables = details?.type === 'list' ? details.items : [details];
  const node = tables[0]?.items?.[0]?.node;
  const phases = (tables[1]?.items ?? []).map((p) => `${p.phase} ${Math.round(p.timing)} ms`);
  return `${node?.nodeLabel ?? '?'} <${node?.snippet ?? ''}>; ${phases.join(', ')}`;
}

async function main() {
  if (!BASE) {
    console.error('VCM_BASE_URL is not set');
    process.exit(2);
  }
  console.log(`First visit, empty cache, bytes over the wire in KiB (Chromium, brotli where offered): ${BASE}\n`);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: FLAGS });
  console.log(['page'.padEnd(9), ...KINDS.map((k) => k.padStart(7)), 'total'.padStart(8), 'w/o img'.padStart(8)].join(' '));
  for (const [name, path] of PAGES) {
    const totals = await bytesOf(browser, path);
    const all = Object.values(totals).reduce((a, b) => a + b, 0);
    console.log([name.padEnd(9), ...KINDS.map((k) => kb(totals[k]).padStart(7)), kb(all).padStart(8), kb(all - totals.images).padStart(8)].join(' '));
  }
  await browser.close();

  console.log('\nLighthouse 12.8, mobile (simulated slow 4G, 4x CPU slowdown):\n');
  console.log(['page'.padEnd(9), 'perf', 'a11y', 'best', ' seo', '  FCP s', '  LCP s', '   CLS', ' TBT ms', 'KiB'.padStart(7)].join(' '));
  for (const [name, path] of PAGES) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(`${BASE}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const score = (c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)).padStart(4);
      const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
      console.log([
        name.padEnd(9),
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        (audit('first-contentful-paint') / 1000).toFixed(2).padStart(7),
        (audit('largest-contentful-paint') / 1000).toFixed(2).padStart(7),
        audit('cumulative-layout-shift').toFixed(3).padStart(6),
        audit('total-blocking-time').toFixed(0).padStart(7),
        kb(audit('total-byte-weight')).padStart(7),
      ].join(' '));
      console.log(`          LCP: ${lcpElement(lhr)}`);
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs.map((r) => lhr.audits[r.id]))
        .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      if (failing.length) console.log(`          below 0.9: ${failing.join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
}

await main();
