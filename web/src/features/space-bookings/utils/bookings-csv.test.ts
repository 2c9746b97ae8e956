import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './bookings-csv';

describe('bookings CSV', () => {
  it('defuses formulas whatever a name holds', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(evil).startsWith(`"'`)).toBe(true);
    expect(csvCell('Erika Muster')).toBe('"Erika Muster"');
    expect(csvCell('a "quote"')).toBe('"a ""quote"""');
    expect(csvCell(null)).toBe('""');
  });

  it('keeps line breaks inside quoted cells, one row per line, with a BOM for Excel', () => {
    const csv = toCsv([
      ['Name', 'E-Mail'],
      ['Zeile\nzwei', '=1+1'],
    ]);
    expect(csv).toBe('\uFEFF"Name";"E-Mail"\r\n"Zeile\nzwei";"\'=1+1"\r\n');
  });
});
