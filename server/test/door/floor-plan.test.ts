/**
 * The floor plan: staff upload an SVG or a PNG; bad files are refused (too big 413, not an image
 * 422, an SVG that could run or load something 422 unsafe-svg, another type 415); everyone may see
 * it, served so that it can act on nothing; removing it takes the desks off it.
 */
import { deflateSync, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_PLAN_MAX_BYTES, FLOOR_PLAN_MAX_SIDE } from '@popdesk/shared';
import {
  auth,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (inner: string, attrs = 'viewBox="0 0 800 450"') =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<svg ${SVG_NS} ${attrs}>${inner}</svg>\n`);
const GOOD_SVG = svg(
  '<defs><linearGradient id="g"><stop offset="0" stop-color="#eee"/></linearGradient></defs>' +
    '<style>.wall { stroke: #333; fill: url(#g) }</style>' +
    '<rect class="wall" x="10" y="10" width="780" height="430"/><text x="20" y="40">Raum &amp; Küche</text>' +
    '<!-- a comment --><use href="#g"/>',
);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A real grey PNG of the given size (declared in IHDR; the pixel data of the small ones only). */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8 bits, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc(Math.min(height, 64) * (Math.min(width, 64) + 1), 0x80);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let t: TestApp;
let space: SpaceFixture;
let staff: TestUser;

const planUrl = (spaceId = space.id) => `/api/spaces/${spaceId}/floor-plan`;
const upload = (body: Buffer | string, type: string, token = staff.token, spaceId = space.id) =>
  t.http().put(planUrl(spaceId)).set(auth(token)).set('Content-Type', type).send(body);

beforeAll(async () => {
  t = await startApp();
  space = await createSpace(t, { desks: 2 });
  staff = await makeStaff(t, [space.id]);
}, 60_000);
afterAll(() => t.close());

describe('uploading a floor plan', () => {
  it('takes a clean SVG, sized by its viewBox, and serves it back as it came, locked down', async () => {
    const res = await upload(GOOD_SVG, 'image/svg+xml').expect(200);
    expect(res.body).toMatchObject({ spaceId: space.id, mediaType: 'image/svg+xml', width: 800, height: 450 });
    expect(res.body.url).toMatch(new RegExp(`^/api/spaces/${space.id}/floor-plan\\?v=\\d+$`));

    const meta = await t.http().get(`${planUrl()}/meta`).expect(200);
    expect(meta.body).toEqual(res.body);

    const got = await t.http().get(res.body.url).responseType('blob').expect(200);
    expect(got.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(Buffer.compare(got.body as Buffer, GOOD_SVG)).toBe(0);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(got.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(got.headers.etag).toMatch(/^".+"$/);

    await t.http().get(planUrl()).set('If-None-Match', got.headers.etag!).expect(304);
  });

  it('takes a PNG, sized by its header, and replaces the SVG (with a new ETag)', async () => {
    const before = await t.http().get(planUrl());
    const file = png(40, 30);
    const res = await upload(file, 'image/png').expect(200);
    expect(res.body).toMatchObject({ mediaType: 'image/png', width: 40, height: 30 });
    const got = await t.http().get(planUrl()).responseType('blob').expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.body as Buffer, file)).toBe(0);
    expect(got.headers.etag).not.toBe(before.headers.etag);
  });

  it('refuses a file over the size limit (413), and keeps the plan it had', async () => {
    const big = svg(`<desc>${'x'.repeat(FLOOR_PLAN_MAX_BYTES)}</desc>`);
    expectProblem(await upload(big, 'image/svg+xml'), 413);
    const meta = await t.http().get(`${planUrl()}/meta`).expect(200);
    expect(meta.body.mediaType).toBe('image/png');
  });

  it('refuses what is not an image (422 not-an-image)', async () => {
    const cases: [Buffer | string, string][] = [
      ['just some text', 'image/svg+xml'],
      ['<svg viewBox="0 0 10 10"><rect></svg>', 'image/svg+xml'], // not well-formed
      [svg('<rect/>', ''), 'image/svg+xml'], // no size
      ['<html xmlns="http://www.w3.org/1999/xhtml"/>', 'image/svg+xml'],
      [svg('<text>&nbsp;</text>'), 'image/svg+xml'], // an entity XML does not know
      [Buffer.from([0xff, 0xfe, 0x3c, 0x00]), 'image/svg+xml'], // not UTF-8
      [svg('<rect/>', `viewBox="0 0 ${FLOOR_PLAN_MAX_SIDE + 1} 10"`), 'image/svg+xml'],
      [GOOD_SVG, 'image/png'],
      [png(20, 20).subarray(0, 40), 'image/png'], // cut off
      [png(FLOOR_PLAN_MAX_SIDE + 1, 1), 'image/png'],
      [Buffer.alloc(0), 'image/png'],
    ];
    for (const [body, type] of cases) {
      const problem = expectProblem(await upload(body, type), 422);
      expect(problem.type, `${type}: ${String(body).slice(0, 60)}`).toMatch(/\/not-an-image$/);
    }
  });

  it('refuses an SVG that could run a script or load anything (422 unsafe-svg), naming it', async () => {
    const cases: [Buffer, RegExp][] = [
      [svg('<script>alert(1)</script>'), /<script>/],
      [svg('<g><foreignObject width="10" height="10"/></g>'), /foreignObject/],
      [svg('<rect width="1" height="1"/>', 'viewBox="0 0 10 10" onload="alert(1)"'), /onload/],
      [svg('<rect ONCLICK="x()"/>'), /ONCLICK/],
      [svg('<image href="https://tracker.example/a.png" width="5" height="5"/>'), /external reference/],
      [svg('<use xlink:href="//evil.example/s.svg#a" xmlns:xlink="http://www.w3.org/1999/xlink"/>'), /external/],
      [svg('<a href="&#106;avascript:alert(1)"><text>x</text></a>'), /script URL/],
      [svg('<image href="data:text/html;base64,PHNjcmlwdD4=" width="5" height="5"/>'), /data: URL/],
      [svg('<rect style="fill: url(https://tracker.example/x)"/>'), /external reference/],
      [svg('<style>@import "https://evil.example/x.css";</style>'), /@import/],
      [svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'), /script URL|changes href/],
      [svg('<iframe src="https://evil.example"/>'), /<iframe>/],
      [
        Buffer.from(`<!DOCTYPE svg [<!ENTITY x "boom">]><svg ${SVG_NS} viewBox="0 0 1 1"><text>&x;</text></svg>`),
        /DOCTYPE/,
      ],
      [
        Buffer.from(`<?xml-stylesheet href="https://evil.example/x.css"?><svg ${SVG_NS} viewBox="0 0 1 1"/>`),
        /xml-stylesheet/,
      ],
    ];
    for (const [body, named] of cases) {
      const problem = expectProblem(await upload(body, 'image/svg+xml'), 422);
      expect(problem.type, body.toString().slice(0, 120)).toMatch(/\/unsafe-svg$/);
      expect(problem.detail).toMatch(named);
    }
    // a raster image inline is a picture, not a reference: allowed
    const photo = `data:image/png;base64,${png(2, 2).toString('base64')}`;
    await upload(svg(`<image href="${photo}" width="5" height="5"/>`), 'image/svg+xml').expect(200);
  });

  it('refuses other types (415): JSON, plain text, GIF', async () => {
    for (const [body, type] of [
      ['{"plan": "x"}', 'application/json'],
      ['<svg/>', 'text/plain'],
      ['GIF89a', 'image/gif'],
    ]) {
      expectProblem(await upload(body!, type!), 415);
    }
  });
});

describe('who may change it', () => {
  it('lets only the space’s staff and admins upload or remove; others learn nothing was stored', async () => {
    const other = await createSpace(t, { desks: 1 });
    const otherStaff = await makeStaff(t, [other.id]);
    const coworker = await registerUser(t);
    expectProblem(await upload(GOOD_SVG, 'image/svg+xml', otherStaff.token), 403);
    expectProblem(await upload(GOOD_SVG, 'image/svg+xml', coworker.token), 403);
    expectProblem(await t.http().put(planUrl()).set('Content-Type', 'image/svg+xml').send(GOOD_SVG), 401);
    expectProblem(await t.http().delete(planUrl()).set(auth(coworker.token)), 403);
    expectProblem(await t.http().delete(planUrl()).set(auth(otherStaff.token)), 403);
    expectProblem(await t.http().delete(planUrl()), 401);
    // refused uploads stored nothing: the other space still has no plan
    expectProblem(await t.http().get(planUrl(other.id)), 404);
    expectProblem(await t.http().get(`${planUrl(other.id)}/meta`), 404);
    // an admin may
    await upload(GOOD_SVG, 'image/svg+xml', t.adminToken, other.id).expect(200);
  });
});

describe('removing the plan', () => {
  it('answers 204, the plan is gone, and the desks of the space are off it (those of others kept)', async () => {
    const own = await createSpace(t, { desks: 2 });
    const other = await createSpace(t, { desks: 1 });
    const ownStaff = await makeStaff(t, [own.id]);
    for (const s of [own, other]) {
      await upload(png(10, 10), 'image/png', t.adminToken, s.id).expect(200);
      await t
        .http()
        .patch(`/api/desks/${s.deskIds[0]}`)
        .set(auth(t.adminToken))
        .send({ planX: 0.25, planY: 0.5 })
        .expect(200);
    }
    await t.http().delete(planUrl(own.id)).set(auth(ownStaff.token)).expect(204);
    expectProblem(await t.http().get(planUrl(own.id)), 404);
    const desksOf = async (id: string) =>
      (await t.http().get(`/api/spaces/${id}`).expect(200)).body.desks as { id: string; planX: number | null }[];
    expect((await desksOf(own.id)).map((d) => d.planX)).toEqual([null, null]);
    expect((await desksOf(other.id)).find((d) => d.id === other.deskIds[0])?.planX).toBe(0.25);
    // removing again is no error
    await t.http().delete(planUrl(own.id)).set(auth(ownStaff.token)).expect(204);
  });

  it('answers 404 for a space that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expectProblem(await upload(GOOD_SVG, 'image/svg+xml', t.adminToken, missing), 404);
    expectProblem(await t.http().get(`${planUrl(missing)}/meta`), 404);
  });
});
