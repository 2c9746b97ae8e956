/**
 * Closures end to end in Chromium: staff close a past day, must confirm that the council reports
 * change, find it in the list of past closures and remove it again; a Christmas-style range is one
 * action and one undo.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminToken, berlinDate, createSpace, registerUser, setRole, type Fixture } from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let staff: Awaited<ReturnType<typeof registerUser>>;
let space: Fixture;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  space = await createSpace(base, admin, { name: 'Clubhaus am See', town: 'Mölln', desks: ['Fenster', 'Tresen'] });
  staff = await registerUser(base, 'Sven Staff');
  await setRole(base, admin, staff.user.id, 'staff', [space.space.id]);
});
afterAll(() => browser?.close());

async function closures(): Promise<{ date: string; batchId: string | null; reason: string | null }[]> {
  const res = await fetch(`${base}/api/spaces/${space.space.id}/closures`, {
    headers: { Authorization: `Bearer ${staff.token}` },
  });
  expect(res.status).toBe(200);
  return res.json();
}

async function closuresPage(): Promise<Page> {
  const page = await newPage(browser);
  await loginWithToken(page, base, staff.token);
  await page.goto(`${base}/manage/spaces/${space.space.id}#closures`);
  await page.getByRole('heading', { level: 2, name: 'Schließtage' }).waitFor();
  return page;
}

describe('closures', () => {
  it('a past day needs confirmation, is listed among past closures and can be removed', async () => {
    const page = await closuresPage();
    const form = page.getByRole('form', { name: 'Schließtag eintragen' });
    const past = berlinDate(-3);
    await form.getByLabel('Datum', { exact: true }).fill(past);
    await form.getByLabel(/^Grund/).fill('Vertippt?');
    await form.getByRole('button', { name: 'Schließtag eintragen' }).click();

    const dialog = page.getByRole('dialog', { name: 'Einen vergangenen Tag schließen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Die Berichte an den Rat für');
    expect(await closures()).toEqual([]); // nothing sent before the confirmation
    await dialog.getByRole('button', { name: 'Ja, schließen und Berichte ändern' }).click();
    await page
      .getByTestId('live-region')
      .getByText(/als Schließtag eingetragen/)
      .waitFor();
    expect((await closures()).map((c) => c.date)).toEqual([past]);

    await page.getByText('Vergangene Schließtage (1)').click();
    const entry = page.getByRole('listitem').filter({ hasText: 'Vertippt?' });
    await entry.getByRole('button', { name: /wieder öffnen$/ }).click();
    const undo = page.getByRole('dialog', { name: 'Vergangene Schließung aufheben?' });
    await undo.waitFor();
    await undo.getByRole('button', { name: 'Wieder öffnen' }).click();
    await page
      .getByTestId('live-region')
      .getByText(/ist wieder geöffnet/)
      .waitFor();
    expect(await closures()).toEqual([]);
    await page.context().close();
  });

  it('a range is closed in one action, listed as one entry, and reopened in one', async () => {
    const page = await closuresPage();
    const form = page.getByRole('form', { name: 'Schließtag eintragen' });
    const [from, until] = [berlinDate(20), berlinDate(29)];
    await form.getByLabel('Datum', { exact: true }).fill(from);
    await form.getByLabel(/^Bis/).fill(until);
    await form.getByLabel(/^Grund/).fill('Weihnachtspause');
    await form.getByRole('button', { name: 'Schließtag eintragen' }).click();
    await page
      .getByTestId('live-region')
      .getByText(/^Geschlossen von/)
      .waitFor();

    const created = await closures();
    expect(created).toHaveLength(10);
    expect(new Set(created.map((c) => c.batchId)).size).toBe(1);
    const entry = page.getByRole('listitem').filter({ hasText: 'Weihnachtspause' }).first();
    await entry.getByText('10 Tage').waitFor();
    await scanBothSizes(page, 'manage-closures');

    await entry.getByRole('button', { name: /^Ganzen Zeitraum wieder öffnen: / }).click();
    const dialog = page.getByRole('dialog', { name: 'Wieder öffnen?' });
    await dialog.getByText('An diesen 10 Tagen kann wieder gebucht werden.').waitFor();
    await dialog.getByRole('button', { name: 'Wieder öffnen' }).click();
    await page.getByTestId('live-region').getByText('10 Tage sind wieder geöffnet.').waitFor();
    expect(await closures()).toEqual([]);
    await page.context().close();
  });
});
