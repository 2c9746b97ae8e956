/** Debian's Chromium driven by playwright-core (never a downloaded browser), plus axe-core and screenshots. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, TZ } from './constants';

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 860 };
const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a context of its own; `reducedMotion` as the person's system asks (Playwright's default: no preference). */
export async function newPage(
  browser: Browser,
  opts: {
    viewport?: { width: number; height: number };
    locale?: string;
    reducedMotion?: 'reduce' | 'no-preference';
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? DESKTOP,
    locale: opts.locale ?? 'de-DE',
    reducedMotion: opts.reducedMotion,
    timezoneId: TZ,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Puts a token into localStorage as the app keeps it after login. */
export async function loginWithToken(page: Page, base: string, token: string) {
  // a same-origin page without the app, so no running app sees the token before the test wants it to
  await page.goto(`${base}/health`);
  await page.evaluate((t) => localStorage.setItem('popdesk.token', t), token);
}

/** Waits until no loading skeleton is left on the page. */
export async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('main .skeleton, .progress-bar, [aria-busy="true"]'));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** What axeSource adds to the page's window. */
interface AxeWindow {
  axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') stays untouched
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as Window & typeof globalThis & AxeWindow;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const describeViolations = (vs: AxeViolation[]) =>
  vs
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')} – ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');

export async function screenshot(page: Page, name: string) {
  // (for people to look at: CI, where nobody does, turns them off — full-page PNGs cost CPU)
  if (process.env.E2E_SCREENSHOTS === 'off') return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe (0 serious/critical), a screenshot and no sideways scrolling, on a desktop and a 360 px phone. */
export async function scanBothSizes(page: Page, name: string) {
  await settled(page);
  for (const [device, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    const violations = await seriousViolations(page);
    await screenshot(page, `${name}-${device}`);
    expect(violations, `${name} ${device}:\n${describeViolations(violations)}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} ${device}: page wider than the screen`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(DESKTOP);
}
