/** The first page load stays small: the entry chunk plus what index.html preloads, ≤ 200 KB gzip. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../web/dist');

it('initial JavaScript is at most 200 KB gzip', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(0);
  const sizes = files.map((f) => ({ f, gzip: gzipSync(readFileSync(join(dist, f))).length }));
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  console.log(
    `initial JS: ${(total / 1024).toFixed(1)} KB gzip (${sizes.map((s) => `${s.f} ${(s.gzip / 1024).toFixed(1)}`).join(', ')})`,
  );
  expect(total).toBeLessThanOrEqual(200 * 1024);
});
