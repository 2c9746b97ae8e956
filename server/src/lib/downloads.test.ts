import { describe, expect, it } from 'vitest';
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';
import { answerFormat, contentDisposition, slug, wantsCsv } from './downloads.js';
import { roundHalfUp, safeText, writeCsv } from './spreadsheet-cells.js';

describe('files for download', () => {
  it('negotiates CSV only when asked for', () => {
    expect(wantsCsv(undefined, undefined)).toBe(false);
    expect(wantsCsv(undefined, '*/*')).toBe(false);
    expect(wantsCsv(undefined, 'text/csv')).toBe(true);
    expect(wantsCsv(undefined, 'text/csv, */*;q=0.8')).toBe(true);
    expect(wantsCsv(undefined, 'application/json, text/csv')).toBe(false);
    expect(wantsCsv(undefined, 'application/json;q=0.5, text/csv')).toBe(true);
    expect(wantsCsv(undefined, 'text/csv;q=0')).toBe(false);
    expect(wantsCsv('csv', 'application/json')).toBe(true);
    expect(wantsCsv('json', 'text/csv')).toBe(false);
  });

  it('negotiates JSON, CSV and xlsx', () => {
    expect(answerFormat('xlsx', 'application/json')).toBe('xlsx');
    expect(answerFormat(undefined, XLSX_MEDIA_TYPE)).toBe('xlsx');
    expect(answerFormat(undefined, `${XLSX_MEDIA_TYPE};q=0.5, application/json`)).toBe('xlsx');
    expect(answerFormat(undefined, `${XLSX_MEDIA_TYPE};q=0`)).toBe('json');
    expect(answerFormat(undefined, 'text/csv')).toBe('csv');
    expect(answerFormat(undefined, '*/*')).toBe('json');
    expect(answerFormat(undefined, undefined)).toBe('json');
  });

  it('slugs town names, ASCII and Unicode', () => {
    expect(slug('Dießen am Ammersee', true)).toBe('diessen-am-ammersee');
    expect(slug('Dießen am Ammersee', false)).toBe('dießen-am-ammersee');
    expect(slug('Mölln (Lauenburg)', true)).toBe('moelln-lauenburg');
    expect(slug('Åre/Östersund "x"', true)).toBe('aare-oestersund-x');
    expect(slug('Pont-l’Évêque', true)).toBe('pont-l-eveque');
  });

  it('names a file to save or to show in place', () => {
    const name = { ascii: 'plakat-diessen.svg', unicode: 'plakat-dießen.svg' };
    expect(contentDisposition(name)).toBe(
      `attachment; filename="plakat-diessen.svg"; filename*=UTF-8''plakat-die%C3%9Fen.svg`,
    );
    expect(contentDisposition(name, 'inline')).toMatch(/^inline; filename="plakat-diessen.svg"; /);
  });
});

describe('spreadsheet cells', () => {
  it('escapes what a spreadsheet would run', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\uFF1D1']) expect(safeText(s)).toBe(`'${s}`);
    for (const s of ['Oestrich-Winkel', ' =1', '1-2', '', 'a\n=1']) expect(safeText(s)).toBe(s);
  });

  it('writes CSV rows that neither break nor compute', () => {
    const csv = writeCsv(
      [
        ['a', '=HYPERLINK("x")'],
        ['b\nc', '+1'],
      ],
      { delimiter: ';', bom: true },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'+1`);
    expect(csv).toContain('"b\nc"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('rounds half up on the decimal value', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(47.95, 1)).toBe(48);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
  });
});
