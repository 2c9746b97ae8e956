/** The landing pages' HTML (plugins/web.ts): which addresses get it, and what it adds to index.html. */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landingHtml, landingPages, withPreloads } from './web.js';

const INDEX = '<!doctype html><html><head><title>PopDesk</title></head><body><div id="root"></div></body></html>';

describe('landing pages', () => {
  it('names each file of the route for preloading, at the end of the head', () => {
    const html = withPreloads(INDEX, ['assets/space-abc.js', 'assets/page-def.js']);
    expect(html).toBe(
      '<!doctype html><html><head><title>PopDesk</title>' +
        '<link rel="modulepreload" crossorigin href="/assets/space-abc.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/page-def.js"></head><body><div id="root"></div></body></html>',
    );
  });

  it('leaves out a name that would need escaping (only the build writes the list)', () => {
    expect(withPreloads(INDEX, ['assets/x".js', 'assets/ok.js'])).not.toContain('x"');
    expect(withPreloads(INDEX, ['assets/x".js', 'assets/ok.js'])).toContain('href="/assets/ok.js"');
  });

  it('answers the space list and a space page, with or without a query, and nothing else', () => {
    const pages = [
      { path: /^\/$/, html: 'home' },
      { path: /^\/spaces\/[^/]+\/?$/, html: 'space' },
    ];
    expect(landingHtml(pages, '/')).toBe('home');
    expect(landingHtml(pages, '/?lang=en')).toBe('home');
    expect(landingHtml(pages, '/spaces/6f1c')).toBe('space');
    expect(landingHtml(pages, '/spaces/6f1c/?date=2026-12-07')).toBe('space');
    for (const other of ['/spaces', '/spaces/6f1c/desks', '/events', '/bookings']) {
      expect(landingHtml(pages, other)).toBeNull();
    }
  });

  it('follows a new build: the HTML is made again when index.html or the list changes', () => {
    const root = mkdtempSync(join(os.tmpdir(), 'popdesk-web-'));
    try {
      const pages = landingPages(root);
      expect(pages()).toEqual([]); // no build yet: index.html as it is (sendFile)
      writeFileSync(join(root, 'index.html'), INDEX);
      writeFileSync(join(root, 'route-preloads.json'), JSON.stringify({ home: ['assets/home-1.js'], space: [] }));
      expect(landingHtml(pages(), '/')).toContain('href="/assets/home-1.js"');
      writeFileSync(join(root, 'route-preloads.json'), JSON.stringify({ home: ['assets/home-2.js'], space: [] }));
      const later = new Date(Date.now() + 5_000);
      utimesSync(join(root, 'route-preloads.json'), later, later); // (a new mtime even on a coarse clock)
      const html = landingHtml(pages(), '/')!;
      expect(html).toContain('href="/assets/home-2.js"');
      expect(html).not.toContain('home-1');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
