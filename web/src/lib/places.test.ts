import { describe, expect, it } from 'vitest';
import i18n from './i18n';
import { addressLine, calendarTitle, deskNameSpeaks } from './places';

describe('a place in one line', () => {
  it('does not repeat the town the address already names', () => {
    expect(addressLine('Laborstraße 1, 19322 Wittenberge', 'Wittenberge')).toBe('Laborstraße 1, 19322 Wittenberge');
    expect(addressLine('Sonnenstraße 1, 86911 Dießen am Ammersee', 'Dießen am Ammersee')).toBe(
      'Sonnenstraße 1, 86911 Dießen am Ammersee',
    );
  });

  it('adds the town when the address lacks it, and stands for the town alone without one', () => {
    expect(addressLine('Markt 1', 'Neuruppin')).toBe('Markt 1, Neuruppin');
    expect(addressLine(null, 'Neuruppin')).toBe('Neuruppin');
    expect(addressLine('  ', 'Neuruppin')).toBe('Neuruppin');
  });

  it('tells desk names from bare numbers', () => {
    expect(deskNameSpeaks('Arbeitsplatz 1')).toBe(true);
    expect(deskNameSpeaks('Konferenztisch')).toBe(true);
    expect(deskNameSpeaks('12')).toBe(false);
    expect(deskNameSpeaks('A3')).toBe(false);
  });

  it('names the desk once in a calendar title', () => {
    expect(calendarTitle(i18n.getFixedT('de'), 'Arbeitsplatz 1', 'Dorfbüro')).toBe('Arbeitsplatz 1 – Dorfbüro');
    expect(calendarTitle(i18n.getFixedT('de'), '12', 'Dorfbüro')).toBe('Arbeitsplatz 12 – Dorfbüro');
    expect(calendarTitle(i18n.getFixedT('en'), '12', 'Dorfbüro')).toBe('Desk 12 – Dorfbüro');
  });
});
