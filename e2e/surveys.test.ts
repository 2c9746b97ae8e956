/**
 * A post-visit survey end to end in Chromium: staff build it from the template for a fresh space and
 * open its poster; a phone user opens the public link the QR code encodes (`/umfrage/<id>`), is told
 * first what is missing, answers, is thanked and, on reload, told that this device has answered; two
 * more answers come through the API; staff see the results with counts of 1 or 2 folded ("< 3") and
 * a count of 3 shown, and the space's season view the evidence of demand with its price simulation.
 * The builder, poster, answer page, results and season view pass axe on a desktop and a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { adminToken, createSpace, registerUser, setRole, type Fixture } from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';

const base = inject('baseUrl');
const PHONE_375 = { width: 375, height: 812 };
const BY_CAR = 'Mit dem Auto zur Arbeit gependelt';
const FROM_HOME = 'Im Homeoffice';
let browser: Browser;
let fixture: Fixture;
let staffToken: string;

/** Anyone, no account: one response through the public API. */
async function postResponse(surveyId: string, answers: Record<string, unknown>) {
  const res = await fetch(`${base}/api/surveys/${surveyId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ answers }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string };
}

const main = (page: Page) => page.getByRole('main');

/** The count in a results table row whose head is `option` (inside one question's card). */
const countIn = (card: Locator, option: string) =>
  card
    .locator('tbody tr')
    .filter({ has: card.page().locator('th', { hasText: new RegExp(`^${option}$`) }) })
    .locator('td')
    .first();

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  fixture = await createSpace(base, admin, { name: 'Pop-up-Büro Umfrage', town: 'Umfragehausen', desks: ['Fenster'] });
  const staff = await registerUser(base, 'Susanne Staff');
  await setRole(base, admin, staff.user.id, 'staff', [fixture.space.id]);
  staffToken = staff.token;
});

afterAll(async () => {
  await browser?.close();
});

describe('a post-visit survey', () => {
  it('is built from its template, printed, answered on a phone and shows folded results', async () => {
    // staff build it from the post-visit template on a desktop, in the fresh space
    const staff = await newPage(browser);
    await loginWithToken(staff, base, staffToken);
    await staff.goto(`${base}/manage/surveys/new?spaceId=${fixture.space.id}`);
    await main(staff)
      .getByRole('button', { name: /Vorlage.*Nach dem Besuch/ })
      .click();
    const form = main(staff).getByRole('form', { name: 'Umfrage anlegen' });
    await expect.poll(() => form.getByLabel('Titel').inputValue()).toBe('Nach dem Besuch');
    await scanBothSizes(staff, 'survey-builder');
    await form.getByRole('button', { name: 'Umfrage anlegen' }).click();
    await staff.waitForURL(/\/manage\/surveys\/[0-9a-f-]{36}$/);
    const surveyId = new URL(staff.url()).pathname.split('/').pop()!;

    // the public link (what the QR code encodes) is the answer page
    const survey = (await (
      await fetch(`${base}/api/surveys/${surveyId}`, { headers: { Authorization: `Bearer ${staffToken}` } })
    ).json()) as { url: string; spaceId: string; status: string };
    expect(survey).toMatchObject({ spaceId: fixture.space.id, status: 'open' });
    expect(survey.url).toMatch(new RegExp(`/umfrage/${surveyId}$`));

    // the poster: the server's SVG shown as an image that has loaded
    await main(staff).getByRole('link', { name: 'Plakat drucken' }).click();
    await staff.waitForURL(`${base}/manage/surveys/${surveyId}/poster`);
    const poster = main(staff).getByRole('img', { name: 'Plakat der Umfrage „Nach dem Besuch“ im Format A4' });
    await poster.waitFor();
    await expect
      .poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await scanBothSizes(staff, 'survey-poster');

    // a phone user opens the link, sends nothing first and is told what is missing
    const phone = await newPage(browser, { viewport: PHONE_375 });
    await phone.goto(`${base}/umfrage/${surveyId}`);
    await main(phone).getByRole('heading', { level: 1, name: 'Nach dem Besuch' }).waitFor();
    await main(phone).getByRole('button', { name: 'Antworten absenden' }).click();
    const summary = main(phone).getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Antworten' });
    await summary.waitFor();
    await expect.poll(() => summary.getByRole('link').count()).toBeGreaterThanOrEqual(3);
    await scanBothSizes(phone, 'survey-answer-errors');
    await phone.setViewportSize(PHONE_375);

    // then answers
    await main(phone)
      .getByRole('group', { name: /Wie hätten Sie heute/ })
      .getByRole('radio', { name: BY_CAR })
      .check();
    await main(phone)
      .getByLabel(/Wie viele Kilometer Arbeitsweg/)
      .fill('42');
    await main(phone)
      .getByRole('group', { name: /Wie zufrieden waren Sie/ })
      .getByRole('radio', { name: /^5/ })
      .check();
    await main(phone)
      .getByLabel(/Wie viel wäre Ihnen ein Tag hier wert/)
      .fill('8');
    await main(phone).getByRole('button', { name: 'Antworten absenden' }).click();
    await main(phone).getByRole('heading', { name: 'Danke für Ihre Teilnahme!' }).waitFor();
    await scanBothSizes(phone, 'survey-answer-thanks');

    // this device remembers it has answered (the server does not)
    await phone.reload();
    await main(phone).getByRole('heading', { name: 'Sie haben bereits teilgenommen. Danke!' }).waitFor();
    await phone.context().close();

    // two more people answer, one by car too, one from home
    await postResponse(surveyId, { otherwise: BY_CAR, kmAvoided: 30, satisfaction: 4, wtpPerDay: 10 });
    await postResponse(surveyId, { otherwise: BY_CAR, kmAvoided: 0, satisfaction: 4, wtpPerDay: 5 });

    // staff see the results: 3 by car, the satisfaction points of 1 or 2 people folded
    await staff.goto(`${base}/reports/surveys/${surveyId}`);
    await main(staff).getByText('3 Antworten insgesamt.').waitFor();
    const otherwise = main(staff).getByRole('region', { name: /Wie hätten Sie heute/ });
    await expect.poll(() => countIn(otherwise, BY_CAR).textContent()).toBe('3');
    const satisfaction = main(staff).getByRole('region', { name: /Wie zufrieden waren Sie/ });
    await expect.poll(() => countIn(satisfaction, '4').textContent()).toMatch(/^< 3/);
    await expect.poll(() => countIn(satisfaction, '5').textContent()).toMatch(/^< 3/);
    // nobody stayed at home: a count of 0 is not folded
    await expect.poll(() => countIn(otherwise, FROM_HOME).textContent()).toBe('0');
    await settled(staff);
    await scanBothSizes(staff, 'survey-results');

    // the space's season view shows the evidence of demand; the price is set by keyboard
    await staff.goto(`${base}/reports/season?space=${fixture.space.id}`);
    const demand = main(staff).getByRole('region', { name: 'Nachfrage aus Umfragen' });
    await demand
      .getByText('Faktor: 0,15 kg CO₂ je km, Durchschnitt Pkw, Quelle: Umweltbundesamt (gerundet).')
      .waitFor();
    const slider = demand.getByRole('slider', { name: 'Preis pro Tag (Schieberegler)' });
    // it starts at the median the server gives; the arrow key moves it one euro up
    const start = Number(await slider.inputValue());
    expect(start).toBeGreaterThanOrEqual(5);
    await slider.focus();
    await staff.keyboard.press('ArrowRight');
    const next = String(start + 1);
    // what share would pay is the server's (which folds single answers); the sentence follows the price
    await expect
      .poll(() => demand.locator('output').textContent())
      .toMatch(new RegExp(`^Bei ${next}\\s€ pro Tag hätten \\d+\\s% der Befragten gezahlt: \\d+ von \\d+ Besuchen`));
    expect(await demand.getByRole('spinbutton', { name: 'Preis pro Tag in Euro' }).inputValue()).toBe(next);
    await scanBothSizes(staff, 'season-demand');
    await staff.context().close();
    // (a long flow: three people, eleven pages, axe on each at two sizes)
  }, 90_000);
});
