import { describe, expect, it } from 'vitest';
import { aDesk } from '../../../test/factories';
import { checkDesk, deskBody, deskChanged, deskState, deskValues, toggleFeature } from './desk-form';

const desk = aDesk({ activeFrom: '2026-05-01' });

describe('desk forms', () => {
  it('need a name and a last day not before the first', () => {
    const v = deskValues();
    expect(checkDesk({ ...v, name: ' ' })).toBe('name');
    expect(checkDesk({ ...v, name: 'A', from: '2026-05-02', until: '2026-05-01' })).toBe('until');
    expect(checkDesk({ ...v, name: 'A', from: '2026-05-01', until: '2026-05-01' })).toBeNull();
    expect(checkDesk({ ...v, name: 'A', until: '2026-05-01' })).toBeNull();
  });

  it('give rooms 1–1000 seats or none (unknown), and never send seats for a desk', () => {
    const room = { ...deskValues(), name: 'Konferenztisch', kind: 'room' as const };
    expect(checkDesk({ ...room, seats: '0' })).toBe('seats');
    expect(checkDesk({ ...room, seats: '1001' })).toBe('seats');
    expect(checkDesk({ ...room, seats: '10' })).toBeNull();
    expect(checkDesk({ ...room, seats: '' })).toBeNull();
    expect(deskBody({ ...room, seats: '10' })).toMatchObject({ kind: 'room', seats: 10 });
    expect(deskBody({ ...room, kind: 'desk', seats: '10' })).toMatchObject({ kind: 'desk', seats: null });
    const saved = aDesk({ kind: 'room', seats: 10 });
    expect(deskValues(saved)).toMatchObject({ kind: 'room', seats: '10' });
    expect(deskChanged(deskValues(saved), saved)).toBe(false);
    expect(deskChanged({ ...deskValues(saved), seats: '12' }, saved)).toBe(true);
    expect(deskChanged({ ...deskValues(saved), kind: 'desk' }, saved)).toBe(true);
  });

  it('send a trimmed name and empty dates as open-ended, and notice changes', () => {
    expect(deskBody({ ...deskValues(), name: ' Ecke ', until: '2026-12-31' })).toEqual({
      name: 'Ecke',
      activeFrom: null,
      activeUntil: '2026-12-31',
      kind: 'desk',
      seats: null,
      features: [],
    });
    const values = deskValues(desk);
    expect(values).toEqual({ name: 'Fenster', from: '2026-05-01', until: '', kind: 'desk', seats: '', features: [] });
    expect(deskChanged(values, desk)).toBe(false);
    expect(deskChanged({ ...values, until: '2026-06-01' }, desk)).toBe(true);
  });

  it('keep a desk’s features in the canonical order, notice their change, and send none for a room', () => {
    const saved = aDesk({ features: ['window', 'monitor'] });
    const values = deskValues(saved);
    expect(values.features).toEqual(['monitor', 'window']);
    expect(deskChanged(values, saved)).toBe(false);
    const more = toggleFeature(values, 'docking', true);
    expect(more.features).toEqual(['monitor', 'window', 'docking']);
    expect(deskChanged(more, saved)).toBe(true);
    expect(toggleFeature(more, 'monitor', false).features).toEqual(['window', 'docking']);
    expect(deskBody(more).features).toEqual(['monitor', 'window', 'docking']);
    expect(deskBody({ ...more, kind: 'room' }).features).toEqual([]);
  });

  it('tell upcoming, active and retired desks apart', () => {
    expect(deskState(desk, '2026-04-30')).toBe('upcoming');
    expect(deskState(desk, '2026-05-01')).toBe('active');
    expect(deskState({ activeFrom: null, activeUntil: '2026-05-01' }, '2026-05-02')).toBe('retired');
  });
});
