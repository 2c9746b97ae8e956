/**
 * What a phone downloads: the built files go out brotli- or gzip-compressed (written at build
 * time), the hashed assets are cached for a year and index.html is revalidated, and API answers
 * over 1 KiB are compressed too — each decoding to exactly the uncompressed bytes.
 */
import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const dist = resolve(import.meta.dirname, '../web/dist');

/** A GET that leaves the body as sent (fetch would decode it). */
function raw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

const decode = (r: { headers: IncomingHttpHeaders; body: Buffer }) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

describe('delivery to the browser', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

  it('sends the initial scripts brotli-compressed (gzip as fallback), cached for a year, decoding to the built files', async () => {
    expect(scripts.length).toBeGreaterThan(0);
    let sent = 0;
    let size = 0;
    for (const file of scripts) {
      const original = readFileSync(join(dist, file));
      const br = await raw(`/${file}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.status).toBe(200);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      if (original.length >= 1024) expect(br.headers['content-encoding']).toBe('br');
      expect(decode(br).equals(original)).toBe(true);
      const gz = await raw(`/${file}`, { 'Accept-Encoding': 'gzip' });
      if (original.length >= 1024) expect(gz.headers['content-encoding']).toBe('gzip');
      expect(decode(gz).equals(original)).toBe(true);
      const plain = await raw(`/${file}`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
      sent += br.body.length;
      size += original.length;
    }
    console.log(`initial JS: ${(size / 1024).toFixed(1)} KB, sent as ${(sent / 1024).toFixed(1)} KB brotli`);
    expect(sent).toBeLessThan(size / 2);
  });

  it('has the browser revalidate index.html on every visit, so a new version is picked up at once', async () => {
    for (const path of ['/', '/spaces']) {
      const page = await raw(path, { Accept: 'text/html', 'Accept-Encoding': 'gzip, br' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      const text = decode(page).toString('utf8');
      // the space list, a landing page, also names its route's code for preloading (plugins/web.ts)
      const head = html.indexOf('</head>');
      const added = text.slice(head, text.length - (html.length - head));
      expect(added).toMatch(
        path === '/' ? /^(<link rel="modulepreload" crossorigin href="\/assets\/[\w.-]+\.js">)+$/ : /^$/,
      );
      expect(text.slice(0, head) + text.slice(head + added.length)).toBe(html);
    }
  });

  it('compresses answers over 1 KiB (here the OpenAPI document) for clients that accept it, and only for them', async () => {
    // (the OpenAPI document: large, and there from the start)
    const plain = await raw('/docs/json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await raw('/docs/json', { 'Accept-Encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(decode(br).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(br.body.length).toBeLessThan(plain.body.length);
    // small answers are not worth it
    const small = await raw('/health', { 'Accept-Encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
