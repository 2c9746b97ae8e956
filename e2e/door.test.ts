/**
 * At the door, end to end in Chromium: a coworker on a phone opens a desk's page by the URL its QR
 * code encodes (`/tisch/<deskId>`), is asked to sign in, comes back to the same page, walks up with
 * one tap and is checked in; the space's board then shows one desk fewer free. Staff place a desk
 * on the floor plan by keyboard alone; the day view's feature filter narrows the desks. The desk
 * page, the board, the label sheet and the plan editor pass axe on a desktop and a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminToken, berlinDate, createSpace, registerUser, setRole, type Fixture } from './support/api';
import { DESKTOP, launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';

const base = inject('baseUrl');
const PHONE_375 = { width: 375, height: 812 };
let browser: Browser;
let fixture: Fixture;
let staffToken: string;
let coworker: Awaited<ReturnType<typeof registerUser>>;

/** A plain plan of the room: walls, a window, the door and three tables (what an upload may hold). */
const PLAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500" width="800" height="500">
  <title>Grundriss Tür-Büro</title>
  <rect x="10" y="10" width="780" height="480" fill="#fbfaf7" stroke="#37474f" stroke-width="12"/>
  <rect x="200" y="4" width="300" height="12" fill="#e1f0fa" stroke="#1e5a7a" stroke-width="2"/>
  <path d="M 60 490 A 80 80 0 0 1 140 410" fill="none" stroke="#37474f" stroke-width="2"/>
  <rect x="150" y="80" width="140" height="70" fill="#f3e7d3" stroke="#6d4c41" stroke-width="3"/>
  <rect x="400" y="80" width="140" height="70" fill="#f3e7d3" stroke="#6d4c41" stroke-width="3"/>
  <rect x="600" y="300" width="140" height="70" fill="#f3e7d3" stroke="#6d4c41" stroke-width="3"/>
</svg>`;

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${base}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  expect(res.ok, `${init.method ?? 'GET'} ${path} → ${res.status}: ${text}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface Desk {
  id: string;
  name: string;
  features: string[];
  planX?: number | null;
  planY?: number | null;
}

const main = (page: Page) => page.getByRole('main');

/** "Jetzt frei: 2 von 3 Tischen" on the board, as the number free. */
async function freeOnBoard(page: Page): Promise<number> {
  const line = main(page).getByText(/^Jetzt frei: \d+ von \d+ Tisch/);
  await line.waitFor();
  return Number(/Jetzt frei: (\d+)/.exec((await line.textContent()) ?? '')![1]);
}

/** The board as a tablet at the entrance sees it, in a browser of its own (no cache, no token). */
async function openBoard(): Promise<Page> {
  const page = await newPage(browser, { viewport: DESKTOP });
  await page.goto(`${base}/spaces/${fixture.space.id}/board`);
  await settled(page);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  // open around the clock, so that "now" is inside an opening whenever the test runs
  fixture = await createSpace(base, admin, {
    name: 'Tür-Büro Pritzwalk',
    town: 'Pritzwalk',
    desks: ['Fenster', 'Mitte', 'Ecke'],
    opens: '00:00',
    closes: '24:00',
  });
  const features: Record<string, string[]> = {
    Fenster: ['window', 'monitor'],
    Mitte: ['monitor', 'power'],
    Ecke: ['quiet'],
  };
  for (const desk of fixture.desks)
    await api(`/desks/${desk.id}`, { method: 'PATCH', token: admin, body: { features: features[desk.name] } });
  const staff = await registerUser(base, 'Tanja Tür');
  await setRole(base, admin, staff.user.id, 'staff', [fixture.space.id]);
  staffToken = staff.token;
  coworker = await registerUser(base, 'Paul Pendler');
});

afterAll(async () => {
  await browser?.close();
});

describe('at the door', () => {
  it('a phone scans a desk, signs in, comes back, walks up with one tap; the board has one desk fewer free', async () => {
    const desk = fixture.desks.find((d) => d.name === 'Fenster')!;
    const before = await openBoard();
    expect(await freeOnBoard(before)).toBe(3);
    await main(before).getByRole('heading', { level: 1, name: 'Tür-Büro Pritzwalk' }).waitFor();
    await scanBothSizes(before, 'door-board');

    // the phone opens what the desk's QR code encodes
    const qr = await fetch(`${base}/api/desks/${desk.id}/qr.svg`);
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const phone = await newPage(browser, { viewport: PHONE_375 });
    await phone.goto(`${base}/tisch/${desk.id}`);
    await main(phone)
      .getByRole('heading', { level: 1, name: /Fenster/ })
      .waitFor();
    await main(phone).getByText('Fensterplatz').first().waitFor();
    const signIn = main(phone).getByRole('link', { name: 'Anmelden', exact: true });
    await signIn.waitFor();
    await scanBothSizes(phone, 'door-desk-signed-out');
    await phone.setViewportSize(PHONE_375);

    // signing in comes back to the same desk; nothing is booked before the tap
    await signIn.click();
    await phone.waitForURL(/\/login\?/);
    await phone.getByLabel('E-Mail-Adresse').fill(coworker.email);
    await phone.getByLabel('Passwort').fill(coworker.password);
    await phone.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await phone.waitForURL(`${base}/tisch/${desk.id}`);
    const walkUp = main(phone).getByRole('button', { name: /^Jetzt buchen und einchecken/ });
    await walkUp.waitFor();
    expect(await api<unknown[]>('/bookings', { token: coworker.token })).toEqual([]);
    await scanBothSizes(phone, 'door-desk-walk-up');
    await phone.setViewportSize(PHONE_375);

    // one tap: booked from now and checked in
    await walkUp.click();
    await main(phone)
      .getByRole('heading', { name: /^Eingecheckt bis/ })
      .waitFor();
    const mine = await api<{ deskId: string; status: string; start: string }[]>('/bookings', { token: coworker.token });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ deskId: desk.id, status: 'checked_in' });
    expect(new Date(mine[0]!.start).getTime() % 300_000).toBe(0);
    await scanBothSizes(phone, 'door-desk-checked-in');
    await phone.context().close();

    // the board at the entrance: one desk fewer free (a fresh tablet, and the open one on its own)
    const after = await openBoard();
    expect(await freeOnBoard(after)).toBe(2);
    await main(after).getByText('Belegt').first().waitFor();
    await after.context().close();
    await expect.poll(() => freeOnBoard(before), { timeout: 90_000, interval: 2_000 }).toBe(2);
    await before.context().close();
  }, 180_000);

  it('prints a label sheet with one QR label per desk', async () => {
    const staff = await newPage(browser);
    await loginWithToken(staff, base, staffToken);
    await staff.goto(`${base}/manage/spaces/${fixture.space.id}`);
    await main(staff).getByRole('link', { name: 'QR-Etiketten drucken' }).click();
    await staff.waitForURL(`${base}/manage/spaces/${fixture.space.id}/labels`);
    const codes = main(staff).getByRole('img', { name: /^QR-Code für Tisch/ });
    await expect.poll(() => codes.count()).toBe(3);
    for (const name of ['Fenster', 'Mitte', 'Ecke'])
      await main(staff)
        .getByRole('img', { name: `QR-Code für Tisch ${name}` })
        .waitFor();
    await main(staff).getByText(`/tisch/${fixture.desks[0]!.id}`).first().waitFor();
    await scanBothSizes(staff, 'door-labels');
    await staff.context().close();
  });

  it('places a desk on the floor plan by keyboard alone', async () => {
    const res = await fetch(`${base}/api/spaces/${fixture.space.id}/floor-plan`, {
      method: 'PUT',
      headers: { 'Content-Type': 'image/svg+xml', Authorization: `Bearer ${staffToken}` },
      body: PLAN_SVG,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ mediaType: 'image/svg+xml', width: 800, height: 500 });

    const staff = await newPage(browser);
    await loginWithToken(staff, base, staffToken);
    await staff.goto(`${base}/manage/spaces/${fixture.space.id}`);
    await main(staff).getByRole('link', { name: 'Grundriss' }).click();
    await staff.waitForURL(`${base}/manage/spaces/${fixture.space.id}/plan`);
    const plan = main(staff).getByRole('img', { name: 'Grundriss von Tür-Büro Pritzwalk' });
    await plan.waitFor();
    await expect.poll(() => plan.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
    await scanBothSizes(staff, 'door-plan-editor');

    // Tab to "put Fenster on the plan", Enter: it appears in the middle, in hand
    await tabTo(staff, main(staff).getByRole('button', { name: 'Fenster auf den Plan setzen' }));
    await staff.keyboard.press('Enter');
    const marker = main(staff).getByRole('button', { name: /^Fenster, \d+ % von links/ });
    await marker.waitFor();
    await expect.poll(() => marker.evaluate((el) => el === document.activeElement)).toBe(true);
    const start = /Fenster, (\d+) % von links, (\d+) % von oben/.exec((await marker.getAttribute('aria-label'))!)!;
    const [x0, y0] = [Number(start[1]), Number(start[2])];
    // Shift+arrows move by 5 %, arrows by 1 %; Enter puts it down
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowUp', 'ArrowRight', 'ArrowUp'])
      await staff.keyboard.press(key);
    await staff.keyboard.press('Enter');
    const [x1, y1] = [x0 + 11, y0 - 6];
    await expect.poll(() => marker.getAttribute('aria-label')).toBe(`Fenster, ${x1} % von links, ${y1} % von oben`);
    expect(await marker.getAttribute('aria-pressed')).toBe('false');

    // Tab on to "save", Enter: the desk's place is stored as fractions of the plan
    await tabTo(staff, main(staff).getByRole('button', { name: '1 geänderte Position speichern' }));
    await staff.keyboard.press('Enter');
    await main(staff).getByRole('button', { name: 'Alle Positionen sind gespeichert.' }).waitFor();
    const space = await api<{ desks: Desk[] }>(`/spaces/${fixture.space.id}`);
    const placed = space.desks.find((d) => d.name === 'Fenster')!;
    expect(Math.round(placed.planX! * 100)).toBe(x1);
    expect(Math.round(placed.planY! * 100)).toBe(y1);
    expect(space.desks.filter((d) => d.planX != null)).toHaveLength(1);
    await scanBothSizes(staff, 'door-plan-editor-placed');
    await staff.context().close();
  });

  it('narrows the day view to the desks with the chosen features', async () => {
    const page = await newPage(browser);
    await page.goto(`${base}/spaces/${fixture.space.id}?date=${berlinDate(1)}`);
    await settled(page);
    const filter = main(page).getByRole('group', { name: 'Nach Ausstattung filtern' });
    await filter.waitFor();
    const desksShown = () =>
      Promise.all(['Fenster', 'Mitte', 'Ecke'].map(async (n) => [n, await deskVisible(page, n)] as const));
    expect(Object.fromEntries(await desksShown())).toEqual({ Fenster: true, Mitte: true, Ecke: true });
    // toggle buttons: pressed ones keep the desks that have all of them, and the address says which
    const monitor = filter.getByRole('button', { name: 'Monitor', exact: true });
    await monitor.click();
    await expect.poll(() => monitor.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => Object.fromEntries(await desksShown()))
      .toEqual({ Fenster: true, Mitte: true, Ecke: false });
    await filter.getByRole('button', { name: 'Steckdose', exact: true }).click();
    await expect
      .poll(async () => Object.fromEntries(await desksShown()))
      .toEqual({ Fenster: false, Mitte: true, Ecke: false });
    expect(new URL(page.url()).searchParams.get('features')).toBe('monitor,power');
    await page.context().close();
  });
});

/** Whether the day view lists a desk (by its name as a cell or heading of its own). */
async function deskVisible(page: Page, name: string): Promise<boolean> {
  return (await main(page).getByText(name, { exact: true }).count()) > 0;
}

/** Presses Tab until the element has the focus: the keyboard's way there, no click, no script focus. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}
