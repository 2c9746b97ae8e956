/**
 * The QR codes at the door: a desk's leads to `<PUBLIC_URL>/tisch/<deskId>`, a space's to
 * `<PUBLIC_URL>/spaces/<spaceId>` (public, cacheable; 404 for what does not exist).
 */
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, startApp, type TestApp } from '../harness.js';

const PUBLIC_URL = 'https://popdesk.example.org';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const expected = (url: string) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

describe('QR codes of desks and spaces', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ config: { publicUrl: PUBLIC_URL } });
  });
  afterAll(() => t.close());

  it('a desk’s QR code is an SVG of its page’s URL, public and cacheable', async () => {
    const space = await createSpace(t, { desks: 1 });
    const res = await t.http().get(`/api/desks/${space.deskIds[0]}/qr.svg`).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const svg = (res.body as Buffer).toString('utf8');
    expect(svg).toContain('<path');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toBe(await expected(`${PUBLIC_URL}/tisch/${space.deskIds[0]}`));
    // another desk, another code
    expect(svg).not.toBe(await expected(`${PUBLIC_URL}/tisch/${UNKNOWN}`));
  });

  it('a space’s QR code is an SVG of the space’s page; a token sent along makes it private', async () => {
    const space = await createSpace(t, { desks: 0 });
    const res = await t.http().get(`/api/spaces/${space.id}/qr.svg`).buffer(true);
    expect(res.status).toBe(200);
    expect((res.body as Buffer).toString('utf8')).toBe(await expected(`${PUBLIC_URL}/spaces/${space.id}`));
    const signedIn = await t.http().get(`/api/spaces/${space.id}/qr.svg`).set(auth(t.adminToken));
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
  });

  it('is 404 for a desk or space that does not exist, 400 for a malformed id', async () => {
    expectProblem(await t.http().get(`/api/desks/${UNKNOWN}/qr.svg`), 404);
    expectProblem(await t.http().get(`/api/spaces/${UNKNOWN}/qr.svg`), 404);
    expectProblem(await t.http().get('/api/desks/not-a-uuid/qr.svg'), 400);
  });
});
