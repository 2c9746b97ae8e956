/** What a coworker does, end to end in Chromium against the built server. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  adminToken,
  berlinDate,
  berlinInstant,
  book,
  createSpace,
  getBooking,
  registerUser,
  type Fixture,
} from './support/api';
import { DESKTOP, PHONE, launchBrowser, loginWithToken, newPage } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let office: Fixture;
let admin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await adminToken(base);
  office = await createSpace(base, admin, {
    name: 'Coworking am Markt',
    town: 'Wittstock',
    address: 'Markt 1',
    desks: ['Fenster', 'Mitte', 'Ecke'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('a coworker', () => {
  it('registers, books tomorrow morning, sees it in my bookings and cancels it', async () => {
    const page = await newPage(browser, { viewport: DESKTOP });
    const email = `flow-${Date.now()}@popdesk.test`;

    await page.goto(`${base}/register`);
    await page.getByLabel('Name').fill('Jana Beispiel');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('a-long-enough-password');
    await page.getByLabel('Ich bin …').selectOption('freelancer');
    await page.getByRole('button', { name: 'Konto erstellen' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    // find the space in the list and open its day view
    await page.getByRole('link', { name: 'Coworking am Markt' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Coworking am Markt' }).waitFor();
    // (after closing time the notice "Für heute ist geschlossen" offers a second "Nächster Tag"; both lead to tomorrow)
    await page.getByRole('button', { name: 'Nächster Tag' }).first().click();
    await page.waitForURL(new RegExp(`date=${berlinDate(1)}`));

    await page.getByRole('button', { name: /Vormittag/ }).click();
    // the first desk free then is chosen; the person prefers the window
    await page.getByRole('radio', { checked: true }).waitFor();
    await page.getByRole('radio', { name: /Fenster/ }).check();
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await page.getByRole('heading', { name: 'Gebucht!' }).waitFor();
    await page.getByText('08:00–12:00').first().waitFor();

    // the free time of that desk is now taken in the timeline
    await page
      .getByRole('group', { name: 'Fenster' })
      .getByText('Fenster: belegt von 08:00–12:00 Uhr')
      .waitFor({ state: 'attached' });

    await page.getByRole('link', { name: 'Meine Buchungen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Meine Buchungen' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Coworking am Markt' });
    await card.getByText('08:00–12:00').waitFor();
    await card.getByText('Bestätigt').waitFor();

    await card.getByRole('button', { name: 'Stornieren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buchung stornieren?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ja, stornieren' }).click();
    await page.getByText('Keine anstehenden Buchungen').waitFor();
    await page.getByRole('article').filter({ hasText: 'Storniert' }).waitFor();
    await page.getByTestId('live-region').getByText('Buchung storniert.').waitFor();
    await page.context().close();
  });

  it('checks in when the window is open (phone)', async () => {
    const always = await createSpace(base, admin, {
      name: 'Rund um die Uhr',
      town: 'Kyritz',
      desks: ['Platz 1'],
      opens: '00:00',
      closes: '24:00',
      // the booking below may be only 15 minutes long shortly before midnight
      minBookingMinutes: 5,
    });
    const user = await registerUser(base, 'Check Inga');
    const today = berlinDate(0);
    const start = new Date(Math.floor(Date.now() / 900_000) * 900_000);
    const endOfDay = Date.parse(berlinInstant(berlinDate(1), '00:00'));
    const end = new Date(Math.min(start.getTime() + 3_600_000, endOfDay));
    const booking = await book(base, user.token, always.desks[0]!.id, start.toISOString(), end.toISOString());
    expect(today).toBe(berlinDate(0));

    const page = await newPage(browser, { viewport: PHONE });
    await loginWithToken(page, base, user.token);
    await page.goto(`${base}/bookings`);
    const card = page.getByRole('article').filter({ hasText: 'Rund um die Uhr' });
    await card.getByRole('button', { name: 'Jetzt einchecken' }).click();
    await card.getByText('Eingecheckt').waitFor();
    expect((await getBooking(base, user.token, booking.id)).status).toBe('checked_in');
    await page.context().close();
  });

  it('is offered the waitlist when the day is full', async () => {
    const tiny = await createSpace(base, admin, { name: 'Kleiner Raum', town: 'Pritzwalk', desks: ['Einzeltisch'] });
    const other = await registerUser(base, 'Frühe Vogel');
    const day = berlinDate(2);
    await book(base, other.token, tiny.desks[0]!.id, berlinInstant(day, '08:00'), berlinInstant(day, '18:00'));

    const user = await registerUser(base, 'Warte Wilma');
    const page = await newPage(browser, { viewport: DESKTOP });
    await loginWithToken(page, base, user.token);
    await page.goto(`${base}/spaces/${tiny.space.id}?date=${day}`);
    await page.getByText('Dieser Tag ist ausgebucht').waitFor();
    await page.getByRole('button', { name: 'Auf die Warteliste für diesen Tag' }).click();
    await page.getByText('Sie stehen auf der Warteliste').waitFor();
    await page.context().close();
  });

  it('is sent to login with a clear message when the session has expired', async () => {
    const page = await newPage(browser, { viewport: DESKTOP });
    await loginWithToken(page, base, 'not-a-valid-token');
    await page.goto(`${base}/bookings`);
    await page.waitForURL(/\/login\?reason=expired/);
    await page.getByText('Bitte erneut anmelden').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('popdesk.token'))).toBeNull();

    // logging in brings the person back to where they were
    const user = await registerUser(base, 'Zurück Zora');
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    await page.getByLabel('Passwort').fill(user.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${base}/bookings`);
    await page.getByRole('heading', { level: 1, name: 'Meine Buchungen' }).waitFor();
    await page.context().close();
  });
});

describe('the language switch', () => {
  it('switches to English and back, keeps the choice, formats dates accordingly', async () => {
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(`${base}/spaces/${office.space.id}?date=${berlinDate(1)}`);
    await page.getByRole('heading', { level: 2, name: /\d{2}\.\d{2}\.\d{4}/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 2, name: /\d{2}\/\d{2}\/\d{4}/ }).waitFor();
    await page.getByRole('link', { name: 'Find a desk' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: 'Desks and free times' }).waitFor();

    await page.getByRole('button', { name: /Deutsch/ }).click();
    await page.getByRole('heading', { name: 'Tische und freie Zeiten' }).waitFor();
    await page.context().close();
  });
});
