import { describe, expect, it } from 'vitest';
import { isKeepable, precacheList, shellCacheName, staleCaches, strategyFor } from './routes';

const origin = 'https://popdesk.example';
const precached = new Set(['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/assets/index-abc.js']);
const get = (path: string, mode = 'cors') =>
  strategyFor({ method: 'GET', url: origin + path, mode }, origin, precached);

describe('which requests the service worker answers, and how', () => {
  it('keeps my bookings and the desk page readable offline: the network first, the saved answer then', () => {
    for (const path of [
      '/api/bookings',
      '/api/me',
      '/api/me/registrations',
      '/api/me/waitlist',
      '/api/me/favourites',
      '/api/spaces',
      '/api/desks/9b2f7c1e-0000-4000-8000-000000000001/door',
    ]) {
      expect(get(path), path).toBe('offline-data');
    }
  });

  it('never keeps any other API answer: filtered lists, reports, exports, QR codes, the calendar feed', () => {
    for (const path of [
      '/api/bookings?spaceId=s1',
      '/api/bookings/b1',
      '/api/spaces/s1/availability?date=2031-03-03',
      '/api/spaces/s1/board',
      '/api/desks/d1/qr.svg',
      '/api/desks/d1/door/extra',
      '/api/me/export',
      '/api/reports/monthly?spaceId=s1&month=2031-03',
      '/api/calendar/secret.ics',
      '/api/users',
    ]) {
      expect(get(path), path).toBe('network');
    }
  });

  it('leaves every change to the network, even of the paths it keeps', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(strategyFor({ method, url: `${origin}/api/bookings`, mode: 'cors' }, origin, precached)).toBe('network');
      expect(strategyFor({ method, url: `${origin}/bookings`, mode: 'navigate' }, origin, precached)).toBe('network');
    }
  });

  it('starts the app offline for every page, but not for what the server answers itself', () => {
    for (const path of ['/', '/bookings', '/tisch/d1', '/desks/d1?from=qr', '/spaces/s1/board']) {
      expect(get(path, 'navigate'), path).toBe('page');
    }
    for (const path of ['/docs', '/docs/json', '/api/spaces/s1/floor-plan', '/health', '/ready', '/sw.js']) {
      expect(get(path, 'navigate'), path).toBe('network');
    }
  });

  it('serves the app’s own files from the cache: precached ones and hashed assets', () => {
    expect(get('/assets/index-abc.js')).toBe('shell');
    expect(get('/assets/reports-later.js')).toBe('shell');
    expect(get('/icons/icon-192.png')).toBe('shell');
    expect(get('/manifest.webmanifest')).toBe('shell');
    expect(get('/robots.txt')).toBe('network');
  });

  it('ignores other origins', () => {
    const url = 'https://tiles.example/api/bookings';
    expect(strategyFor({ method: 'GET', url, mode: 'cors' }, origin, precached)).toBe('network');
    expect(strategyFor({ method: 'GET', url, mode: 'navigate' }, origin, precached)).toBe('network');
  });
});

describe('what the service worker keeps', () => {
  it('keeps complete same-origin answers only', () => {
    expect(isKeepable({ status: 200, type: 'basic' })).toBe(true);
    for (const status of [201, 204, 206, 304, 401, 404, 500]) expect(isKeepable({ status, type: 'basic' })).toBe(false);
    expect(isKeepable({ status: 200, type: 'opaque' })).toBe(false);
    expect(isKeepable({ status: 200, type: 'cors' })).toBe(false);
  });

  it('precaches a build’s files as served, without source maps, compressed copies or itself', () => {
    expect(
      precacheList([
        'index.html',
        'index.html.br',
        'assets/index-abc.js',
        'assets/index-abc.js.gz',
        'assets/index-abc.js.map',
        'sw.js',
        'icons\\icon-192.png',
        'favicon.svg',
        'favicon.svg',
      ]),
    ).toEqual(['/assets/index-abc.js', '/favicon.svg', '/icons/icon-192.png', '/index.html']);
  });

  it('drops the app files of older versions once a new one is active, and keeps the saved answers', () => {
    const current = shellCacheName('v2');
    expect(staleCaches(['popdesk-shell-v1', current, 'popdesk-data', 'other'], current)).toEqual(['popdesk-shell-v1']);
  });
});
