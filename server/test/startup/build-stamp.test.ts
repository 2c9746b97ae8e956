/** What makes `npm start` rebuild: the staleness check of scripts/build-stamp.mjs on a folder of its own. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndStamp, staleness, TARGETS, type BuildTarget } from '../../../scripts/build-stamp.mjs';

const target: BuildTarget = { inputs: ['src', 'index.html', 'package-lock.json'], output: 'dist/out.js' };
let root: string;

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const build = () => buildAndStamp(root, 'app', () => write('dist/out.js', 'built'), target);
const stale = () => staleness(root, 'app', target).stale;

beforeEach(() => {
  root = mkdtempSync(join(os.tmpdir(), 'popdesk-stamp-'));
  write('src/a.ts', 'a');
  write('src/deep/b.ts', 'b');
  write('index.html', '<html>');
  write('package-lock.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build staleness', () => {
  it('is stale before the first build and fresh right after it', async () => {
    expect(stale()).toBe(true);
    await build();
    expect(stale()).toBe(false);
  });

  it('is stale again after any input changes: edited, touched, added, removed, in a subfolder, a single file', async () => {
    const changes: Array<() => void> = [
      () => write('src/a.ts', 'a changed'),
      () => utimesSync(join(root, 'src/deep/b.ts'), new Date(), new Date(Date.now() + 5000)),
      () => write('src/deep/new.ts', 'new'),
      () => rmSync(join(root, 'src/deep/new.ts')),
      () => write('index.html', '<html lang="de">'),
      () => write('package-lock.json', '{"lockfileVersion":3}'),
    ];
    for (const change of changes) {
      await build();
      expect(stale()).toBe(false);
      change();
      expect(stale()).toBe(true);
    }
  });

  it('is stale when the output is gone, even with a matching stamp', async () => {
    await build();
    rmSync(join(root, 'dist'), { recursive: true });
    expect(stale()).toBe(true);
  });

  it('ignores test files and node_modules, which no build includes', async () => {
    await build();
    write('src/a.test.ts', 'test');
    write('src/node_modules/x/index.js', 'x');
    expect(stale()).toBe(false);
  });

  it('stamps the inputs as they were when the build started', async () => {
    await buildAndStamp(root, 'app', () => write('src/a.ts', 'changed while building'), target);
    expect(stale()).toBe(true);
  });

  it("lists the web app's, the server's and the PGlite template's inputs", () => {
    expect(TARGETS.web.inputs).toEqual(
      expect.arrayContaining(['web/src', 'web/index.html', 'web/public', 'shared/src']),
    );
    expect(TARGETS.server.inputs).toEqual(expect.arrayContaining(['server/src', 'shared/src', 'package-lock.json']));
    expect(TARGETS['pglite-template'].inputs).toEqual(expect.arrayContaining(['migrations', 'package-lock.json']));
  });
});
