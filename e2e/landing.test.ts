/**
 * After login, in Chromium against the built server: staff land on today's front desk of their
 * space, an analyst on the reports (and sees nothing of management), and a language chosen before
 * login is still the page's language afterwards — and now the profile's too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminToken, createSpace, registerUser, setRole, type Fixture } from './support/api';
import { DESKTOP, launchBrowser, newPage, scanBothSizes, settled } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let admin: string;
let space: Fixture;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await adminToken(base);
  space = await createSpace(base, admin, {
    name: 'Bürgerhaus-Coworking',
    town: 'Mölln',
    desks: ['Tisch 1', 'Tisch 2'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The login form, filled in and sent, in whichever language the page is in. */
async function logIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel(/^(E-Mail-Adresse|E-mail address)$/).fill(who.email);
  await page.getByLabel(/^(Passwort|Password)$/, { exact: true }).fill(who.password);
  await page.getByRole('button', { name: /^(Anmelden|Log in)$/ }).click();
}

async function me(token: string) {
  const res = await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
  return (await res.json()) as { locale: string; role: string };
}

describe('landing after login', () => {
  it('takes staff to today at their space’s front desk', async () => {
    const staff = await registerUser(base, 'Sina Staff');
    await setRole(base, admin, staff.user.id, 'staff', [space.space.id]);
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/login`);
    await logIn(page, staff);
    await page.waitForURL(/\/manage\/today/);
    await page.getByRole('heading', { level: 1, name: 'Heute vor Ort' }).waitFor();
    await settled(page);
    expect(await page.getByText('Bürgerhaus-Coworking').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('takes an analyst to the reports, with nothing of management in the navigation', async () => {
    const analyst = await registerUser(base, 'Anna Analyse');
    const res = await fetch(`${base}/api/users/${analyst.user.id}/role`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
      body: JSON.stringify({ role: 'analyst', spaceIds: [] }),
    });
    expect(res.status).toBe(200);
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/login`);
    await logIn(page, analyst);
    await page.waitForURL(/\/reports/);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Berichte' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);
    await page.goto(`${base}/manage/today`);
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    await page.context().close();
  });

  it('lets a page that asked for the login win over the role’s landing page', async () => {
    const staff = await registerUser(base, 'Sven Staff');
    await setRole(base, admin, staff.user.id, 'staff', [space.space.id]);
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/bookings`);
    await page.waitForURL(/\/login\?next=/);
    await logIn(page, staff);
    await page.waitForURL(/\/bookings$/);
    await page.getByRole('heading', { level: 1, name: 'Meine Buchungen' }).waitFor();
    await page.context().close();
  });
});

describe('the language through login', () => {
  it('keeps English chosen before login, and saves it to the profile', async () => {
    const coworker = await registerUser(base, 'Erika Englisch');
    expect((await me(coworker.token)).locale).toBe('de');
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('link', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await logIn(page, coworker);
    await page.getByRole('link', { name: 'My bookings' }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(async () => (await me(coworker.token)).locale).toBe('en');
    await scanBothSizes(page, 'landing-coworker-en');
    await page.context().close();
  });

  it('uses the profile’s language when none was chosen in this browser', async () => {
    const coworker = await registerUser(base, 'Erik English');
    await fetch(`${base}/api/me`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${coworker.token}` },
      body: JSON.stringify({ locale: 'en' }),
    });
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await logIn(page, coworker);
    await page.getByRole('link', { name: 'My bookings' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });
});

describe('the tab', () => {
  it('has an icon', async () => {
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/`);
    const href = await page.getAttribute('link[rel="icon"]', 'href');
    expect(href).toBe('/favicon.svg');
    const res = await fetch(`${base}${href}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    await page.context().close();
  });
});
