/**
 * "Passwort vergessen?" end to end in Chromium against the built server: from the login page to
 * the request page, the link read from the e-mail in the outbox (admin API), a new password, a
 * login with it; the spent link gets its clear page; the old session no longer counts. The new
 * pages (request, reset, imprint) pass axe-core on a desktop and a 360 px phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminToken, registerUser } from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let admin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await adminToken(base);
});
afterAll(() => browser?.close());

/** The reset link's path from the newest reset e-mail to this address (the mail is queued after the answer). */
async function resetPathFor(email: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${base}/api/admin/outbox?limit=200`, { headers: { Authorization: `Bearer ${admin}` } });
    const mails = (await res.json()) as { to: string; kind: string; body: string }[];
    const mail = mails.find((m) => m.to === email && m.kind === 'password_reset');
    const path = mail && /\/passwort-zuruecksetzen\?token=[A-Za-z0-9_%-]+/.exec(mail.body)?.[0];
    if (path) return path;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no reset e-mail to ${email}`);
}

describe('forgot password', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser);
  });

  it('goes from the login page through the e-mail’s link to logging in with the new password', async () => {
    const person = await registerUser(base, 'Vera Vergesslich');
    await page.goto(`${base}/login`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
    await scanBothSizes(page, 'password-reset-request');
    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByText(`Wenn es zu ${person.email} ein Konto gibt`).waitFor();

    const path = await resetPathFor(person.email);
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Neues Passwort wählen' }).waitFor();
    await scanBothSizes(page, 'password-reset-confirm');
    await page.getByLabel('Neues Passwort').fill('ein-ganz-neues-passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort geändert' }).waitFor();

    await page.getByRole('link', { name: 'Zur Anmeldung' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await page.getByLabel('Passwort', { exact: true }).fill('ein-ganz-neues-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.waitForURL((url) => url.pathname !== '/login');
    // the new session's token counts
    const token = await page.evaluate(() => localStorage.getItem('popdesk.token'));
    const me = await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);

    // the session from before the reset no longer counts
    const old = await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${person.token}` } });
    expect(old.status).toBe(401);

    // the link works once: a second visit gets the clear page with the way to a new link
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.goto(`${base}${path}`);
    await page.getByLabel('Neues Passwort').fill('noch-ein-anderes-passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Link ungültig' }).waitFor();
    await page.getByRole('link', { name: 'Neuen Link anfordern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
  });

  it('changes the password, makes a new calendar link and logs out everywhere from the profile', async () => {
    const person = await registerUser(base, 'Paula Profil');
    await loginWithToken(page, base, person.token);
    await page.goto(`${base}/profile`);
    const password = page.getByRole('region', { name: 'Passwort ändern' });
    await password.getByLabel('Aktuelles Passwort').fill(person.password);
    await password.getByLabel('Neues Passwort').fill('ein-neues-profil-passwort');
    await password.getByRole('button', { name: 'Passwort ändern' }).click();
    await password.getByText('Das Passwort wurde geändert. Andere Geräte sind abgemeldet.').waitFor();
    // this browser stays logged in with the new token; the old one is out
    const token = await page.evaluate(() => localStorage.getItem('popdesk.token'));
    expect(token).not.toBe(person.token);
    expect((await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${person.token}` } })).status).toBe(401);

    const oldFeed = await page.getByLabel('Ihr persönlicher Kalender-Link').inputValue();
    await page.getByRole('button', { name: 'Neuen Kalenderlink erzeugen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuen Kalenderlink erzeugen?' });
    await dialog.getByRole('button', { name: 'Neuen Link erzeugen' }).click();
    await page.getByText('Ein neuer Kalenderlink ist erzeugt. Der alte funktioniert nicht mehr.').first().waitFor();
    expect(await page.getByLabel('Ihr persönlicher Kalender-Link').inputValue()).not.toBe(oldFeed);
    expect((await fetch(oldFeed.replace(/^https?:\/\/[^/]+/, base))).status).toBe(404);
    await scanBothSizes(page, 'profile-security');

    await page.getByRole('button', { name: 'Überall abmelden' }).click();
    await page
      .getByRole('dialog', { name: 'Auf allen Geräten abmelden?' })
      .getByRole('button', { name: 'Überall abmelden' })
      .click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect((await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('links the imprint and the privacy notice in the footer of every page', async () => {
    for (const path of ['/', '/login', '/register']) {
      await page.goto(`${base}${path}`);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('link', { name: 'Datenschutz' }).waitFor();
      await footer.getByRole('link', { name: 'Impressum' }).waitFor();
    }
    await page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impressum' }).waitFor();
    await page.getByText(/noch nicht hinterlegt/).waitFor();
    await scanBothSizes(page, 'imprint');
  });
});
