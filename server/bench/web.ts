/**
 * The web app's first load, measured against a running built server (`npm run build`, then
 * `node server/dist/server.js`; demo data gives the home page its spaces):
 *
 *   initial JS   what the home page's HTML loads before it is interactive — its script, its
 *                modulepreloads and the chunks the first route pulls in (the scripts the browser
 *                asks for until the page has settled) — in bytes as the server sends them to a
 *                client asking for brotli. Target ≤ 120 KB.
 *   home, space  Debian's Chromium (playwright-core, never a downloaded browser) as a phone
 *                (412 × 823, Lighthouse's Moto G Power) with the CPU slowed 4× and Lighthouse's
 *                mobile network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) applied by
 *                the DevTools protocol; from observers in the page: FCP, LCP, CLS (layout shifts
 *                without recent input, largest session window as Lighthouse counts it) and TBT
 *                (the part over 50 ms of every long task from FCP until the page has settled: its
 *                data shown and the network quiet — on this app the load event comes before the
 *                API answers, and the longest tasks after it). The score is Lighthouse 12's
 *                (log-normal curves with the mobile control points, weights FCP 10, SI 10, LCP 25,
 *                TBT 30, CLS 25), with LCP standing in for Speed Index, which needs screenshots.
 *                Median of RUNS loads each. Targets: CLS ≤ 0.05, score ≥ 95.
 *
 * Lighthouse itself simulates the slow network and CPU from one fast load ("lantern"); this applies
 * them for real, so the figures are close to Lighthouse's but not the same (the lead's report
 * compares them).
 *
 *   npx tsx server/bench/web.ts http://127.0.0.1:3000
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchRow } from './bench-row.js';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const JS_BUDGET = 120 * 1024;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** Lighthouse's mobile profile ("slow 4G"), in the units of Network.emulateNetworkConditions. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const CPU_SLOWDOWN = 4;

// ---------------------------------------------------------------------------------------------
// Lighthouse 12 scoring (lighthouse/shared/statistics.js and the metric audits' mobile options)

interface Curve {
  p10: number;
  median: number;
}
const CURVES = {
  fcp: { p10: 1800, median: 3000 },
  si: { p10: 3387, median: 5800 },
  lcp: { p10: 2500, median: 4000 },
  tbt: { p10: 200, median: 600 },
  cls: { p10: 0.1, median: 0.25 },
} satisfies Record<string, Curve>;
const WEIGHTS = { fcp: 10, si: 10, lcp: 25, tbt: 30, cls: 25 };

function erf(x: number): number {
  const sign = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - y * Math.exp(-a * a));
}

export function logNormalScore({ p10, median }: Curve, value: number): number {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  const score = (1 - erf(standardized)) / 2;
  if (value <= p10) return Math.max(0.9, Math.min(1, score));
  if (value <= median) return Math.max(0.5, Math.min(0.8999999999999999, score));
  return Math.max(0, Math.min(0.49999999999999994, score));
}

export interface PageMetrics {
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
}

/** Lighthouse's performance score (0–100) with LCP in place of Speed Index. */
export function performanceScore(m: PageMetrics): number {
  // each metric's score as Lighthouse's Util.computeLogNormalScore gives it: scores over 0.9 get a
  // small boost (up to 0.005 at 1), then two decimals, rounded down
  const metric = (curve: Curve, value: number) => {
    const p = logNormalScore(curve, value);
    return Math.floor((p > 0.9 ? p + 0.05 * (p - 0.9) : p) * 100) / 100;
  };
  const parts = {
    fcp: metric(CURVES.fcp, m.fcp),
    si: metric(CURVES.si, m.lcp),
    lcp: metric(CURVES.lcp, m.lcp),
    tbt: metric(CURVES.tbt, m.tbt),
    cls: metric(CURVES.cls, m.cls),
  };
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  const sum = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((s, k) => s + parts[k] * WEIGHTS[k], 0);
  return Math.round((sum / total) * 100);
}

// ---------------------------------------------------------------------------------------------
// bytes as sent

/** The body's length on the wire (not decoded), asking for brotli as browsers do. */
function sentBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  const get = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') })
          : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** What index.html loads by itself: its module script, modulepreloads and stylesheets. */
async function htmlAssets(baseUrl: string): Promise<{ js: string[]; css: string[] }> {
  const res = await fetch(new URL('/', baseUrl), { headers: { accept: 'text/html' } });
  const html = await res.text();
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of tags) {
    const rel = attr(tag, 'rel');
    if (tag.startsWith('<script') && attr(tag, 'src')) js.push(attr(tag, 'src')!);
    else if (rel === 'modulepreload') js.push(attr(tag, 'href')!);
    else if (rel === 'stylesheet') css.push(attr(tag, 'href')!);
  }
  const abs = (p: string) => new URL(p, baseUrl).href;
  return { js: js.map(abs), css: css.map(abs) };
}

// ---------------------------------------------------------------------------------------------
// one load in the browser

/**
 * Observers installed before the app's first script runs; read back once the page has settled.
 * A string, not a function: a transpiled function can carry helpers (esbuild's __name) that do
 * not exist in the page.
 */
const OBSERVE = `(() => {
  const perf = { fcp: 0, lcp: 0, shifts: [], long: [] };
  window.__perf = perf;
  const on = (type, fn) => new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
  on('paint', (e) => { if (e.name === 'first-contentful-paint') perf.fcp = e.startTime; });
  on('largest-contentful-paint', (e) => { perf.lcp = e.startTime; });
  on('layout-shift', (e) => { if (!e.hadRecentInput) perf.shifts.push([e.startTime, e.value]); });
  on('longtask', (e) => { perf.long.push([e.startTime, e.duration]); });
})();`;

interface Observed {
  fcp: number;
  lcp: number;
  shifts: [number, number][];
  long: [number, number][];
}

/** CLS as Lighthouse counts it: the largest session window (gaps < 1 s, at most 5 s long). */
function largestSessionWindow(shifts: [number, number][]): number {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const [t, v] of shifts) {
    if (t - last >= 1000 || t - start >= 5000) {
      current = 0;
      start = t;
    }
    current += v;
    last = t;
    best = Math.max(best, current);
  }
  return best;
}

async function settled(page: Page) {
  await page.waitForFunction(
    () =>
      !!document.querySelector('main h1') &&
      !document.querySelector('main .skeleton, .progress-bar, [aria-busy="true"]'),
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
}

async function loadOnce(browser: Browser, url: string): Promise<PageMetrics & { scripts: string[] }> {
  const context = await browser.newContext({ ...PHONE, locale: 'de-DE', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settled(page);
    const settledAt = await page.evaluate(() => performance.now());
    const perf = (await page.evaluate(() => Reflect.get(window, '__perf'))) as Observed;
    const tbt = perf.long
      .map(([start, duration]) => {
        // as Lighthouse: the task clipped to the window, then its part over 50 ms
        const clipped = Math.min(start + duration, settledAt) - Math.max(start, perf.fcp);
        return clipped > 50 ? clipped - 50 : 0;
      })
      .reduce((a, b) => a + b, 0);
    return { fcp: perf.fcp, lcp: perf.lcp || perf.fcp, cls: largestSessionWindow(perf.shifts), tbt, scripts };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function firstSpaceUrl(baseUrl: string): Promise<string | null> {
  const res = await fetch(new URL('/api/spaces', baseUrl));
  const spaces = (await res.json()) as { id: string }[];
  return spaces[0] ? new URL(`/spaces/${spaces[0].id}`, baseUrl).href : null;
}

// ---------------------------------------------------------------------------------------------

export async function measureWeb(baseUrl: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const pages: [string, string | null][] = [
      ['home page', new URL('/', baseUrl).href],
      ['a space page', await firstSpaceUrl(baseUrl)],
    ];
    const runs = new Map<string, (PageMetrics & { scripts: string[] })[]>();
    // interleaved, so that a busy moment of the machine falls on both pages alike
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of pages) {
        if (!url) continue;
        const list = runs.get(name) ?? [];
        list.push(await loadOnce(browser, url));
        runs.set(name, list);
      }
    }

    // initial JS: the HTML's own list plus whatever else the home page's first load asked for
    const html = await htmlAssets(baseUrl);
    const homeScripts = runs.get('home page')?.[0]?.scripts ?? [];
    const js = [...new Set([...html.js, ...homeScripts])];
    const sizes = await Promise.all(js.map(sentBytes));
    const css = await Promise.all(html.css.map(sentBytes));
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    const notBrotli = js.filter((_, i) => sizes[i]!.encoding !== 'br' && sizes[i]!.bytes > 1024);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    rows.push({
      measurement: 'web: initial JS of the home page (as sent, brotli)',
      result: kb(total),
      target: '≤ 120 KB',
      met: total <= JS_BUDGET,
      note:
        `${js.length} scripts (${html.js.length} named in index.html, ${js.length - html.js.length} more for the first route); ` +
        `CSS ${kb(css.reduce((n, s) => n + s.bytes, 0))}` +
        (notBrotli.length ? `; not brotli: ${notBrotli.join(', ')}` : ''),
    });

    for (const [name] of pages) {
      const list = runs.get(name);
      if (!list?.length) {
        rows.push({
          measurement: `web: ${name}`,
          result: '–',
          note: 'no space in the database (start with demo data)',
        });
        continue;
      }
      const m: PageMetrics = {
        fcp: median(list.map((r) => r.fcp)),
        lcp: median(list.map((r) => r.lcp)),
        cls: median(list.map((r) => r.cls)),
        tbt: median(list.map((r) => r.tbt)),
      };
      const scores = list.map(performanceScore);
      const score = median(scores);
      rows.push({
        measurement: `web: ${name}, phone, 4× CPU, slow 4G — performance score`,
        result: `${score}`,
        target: '≥ 95',
        met: score >= 95,
        note: `Lighthouse 12 scoring, LCP standing in for Speed Index; median of ${list.length} (${scores.join(', ')})`,
      });
      rows.push({
        measurement: `web: ${name} — FCP / LCP / TBT`,
        result: `${Math.round(m.fcp)} / ${Math.round(m.lcp)} / ${Math.round(m.tbt)} ms`,
        note: 'medians; TBT from FCP until the page has settled',
      });
      rows.push({
        measurement: `web: ${name} — CLS`,
        result: m.cls.toFixed(3),
        target: '≤ 0.05',
        met: m.cls <= 0.05,
        note: `runs: ${list.map((r) => r.cls.toFixed(3)).join(', ')}`,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const baseUrl = process.argv[2];
  if (!baseUrl) {
    console.error('usage: npx tsx server/bench/web.ts <baseUrl of a running built server>');
    process.exit(2);
  }
  const rows = await measureWeb(baseUrl);
  console.table(rows.map((r) => ({ ...r, met: r.met === undefined ? '' : r.met ? 'yes' : 'NO' })));
}
