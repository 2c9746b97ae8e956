import { describe, expect, it } from 'vitest';
import { aDesk } from '../../../test/factories';
import { deskShortUrl, labelledDesks, printableUrl, toSheets } from './label-sheets';

describe('label sheets', () => {
  it('labels desks in use, not rooms and not retired desks', () => {
    const desks = [
      aDesk({ id: 'a' }),
      aDesk({ id: 'room', kind: 'room', seats: 8 }),
      aDesk({ id: 'gone', activeUntil: '2031-06-02' }),
      aDesk({ id: 'last', activeUntil: '2031-06-03' }),
      aDesk({ id: 'soon', activeFrom: '2031-07-01' }),
    ];
    expect(labelledDesks(desks, '2031-06-03').map((d) => d.id)).toEqual(['a', 'last', 'soon']);
  });

  it('fills sheets of twelve', () => {
    const sheets = toSheets(Array.from({ length: 25 }, (_, i) => i));
    expect(sheets.map((s) => s.length)).toEqual([12, 12, 1]);
    expect(toSheets([])).toEqual([]);
  });

  it('prints the desk address short', () => {
    const url = deskShortUrl('https://popdesk.example', 'd 1');
    expect(url).toBe('https://popdesk.example/tisch/d%201');
    expect(printableUrl(url)).toBe('popdesk.example/tisch/d%201');
  });
});
