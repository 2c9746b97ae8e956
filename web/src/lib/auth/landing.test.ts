import { describe, expect, it } from 'vitest';
import { landingPath, loginLinkFrom } from './landing';

describe('landing after login', () => {
  const none = { next: null, from: null };

  it('sends each role to its main job', () => {
    expect(landingPath({ role: 'staff' }, none)).toBe('/manage/today');
    expect(landingPath({ role: 'admin' }, none)).toBe('/reports');
    expect(landingPath({ role: 'analyst' }, none)).toBe('/reports');
    expect(landingPath({ role: 'coworker' }, none)).toBe('/');
  });

  it('lets a page that asked for the login win for every role', () => {
    for (const role of ['staff', 'admin', 'analyst', 'coworker'] as const) {
      expect(landingPath({ role }, { next: '/spaces/s1?date=2031-03-03', from: '/bookings' })).toBe(
        '/spaces/s1?date=2031-03-03',
      );
    }
  });

  it('takes coworkers back where they were; staff and admins go to work', () => {
    expect(landingPath({ role: 'coworker' }, { next: null, from: '/spaces/s1' })).toBe('/spaces/s1');
    expect(landingPath({ role: 'staff' }, { next: null, from: '/spaces/s1' })).toBe('/manage/today');
  });

  it('follows no link to another site', () => {
    expect(landingPath({ role: 'coworker' }, { next: null, from: '//evil.example' })).toBe('/');
    expect(landingPath({ role: 'admin' }, { next: 'https://evil.example', from: null })).toBe('/');
  });

  it('remembers the page in the header login link, but not the start or the login pages', () => {
    expect(loginLinkFrom('/spaces/s1', '?date=2031-03-03')).toBe('/login?from=%2Fspaces%2Fs1%3Fdate%3D2031-03-03');
    expect(loginLinkFrom('/', '')).toBe('/login');
    expect(loginLinkFrom('/register', '?next=%2Fbookings')).toBe('/login');
    expect(loginLinkFrom('/passwort-vergessen', '')).toBe('/login');
    expect(loginLinkFrom('/reset-password', '?token=x')).toBe('/login');
  });
});
