import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('translations', () => {
  it('German and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
  it('no German text is empty', () => {
    const empty = keys(de).filter(
      (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], de) === '',
    );
    expect(empty).toEqual([]);
  });
});
