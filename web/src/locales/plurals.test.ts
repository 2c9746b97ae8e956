import { describe, expect, it } from 'vitest';
import i18n from '../lib/i18n';
import de from './de.json';
import en from './en.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('plurals through i18next', () => {
  const de1 = i18n.getFixedT('de');
  const en1 = i18n.getFixedT('en');

  it('says "davon 1 Gast" and "davon 2 Gäste"', () => {
    expect(de1('reports.detail.bookings', { count: 1, guests: '1', cancelled: '0' })).toBe('davon 1 Gast; 0 storniert');
    expect(de1('reports.detail.bookings', { count: 2, guests: '2', cancelled: '0' })).toBe(
      'davon 2 Gäste; 0 storniert',
    );
    expect(de1('reports.detail.bookings', { count: 0, guests: '0', cancelled: '0' })).toBe(
      'davon 0 Gäste; 0 storniert',
    );
    expect(en1('reports.detail.bookings', { count: 1, guests: '1', cancelled: '3' })).toBe('1 by a guest; 3 cancelled');
  });

  it('counts minutes, days and attempts in the singular when there is one', () => {
    expect(de1('booking.beyondHorizon', { count: 1, date: '04.03.2031' })).toContain('bis zu 1 Tag im Voraus');
    expect(de1('booking.checkInNote', { count: 1 })).toContain('spätestens 1 Minute nach Beginn');
    expect(en1('spaces.checkInRequired', { count: 1 })).toContain('released 1 minute after');
    expect(de1('reports.detail.turnedAway', { count: 1, attempts: '1', waitlist: '0' })).toBe(
      '1 Versuch, 0 auf der Warteliste',
    );
  });

  it('counts one month as one', () => {
    const opts = { months: 1, bookings: '3', newUsers: '2', noShows: '0', turnedAway: '0' };
    expect(de1('reports.summary.counts', { count: 1, ...opts })).toMatch(/^In 1 Monat: /);
    expect(de1('reports.summary.counts', { count: 12, ...opts, months: 12 })).toMatch(/^In 12 Monaten: /);
  });

  it('has every plural key in both forms, in both languages', () => {
    for (const all of [keys(de), keys(en)]) {
      const forms = all.filter((k) => /_(one|other)$/.test(k));
      for (const k of forms) {
        const stem = k.replace(/_(one|other)$/, '');
        expect(all, stem).toContain(`${stem}_one`);
        expect(all, stem).toContain(`${stem}_other`);
      }
    }
  });
});
