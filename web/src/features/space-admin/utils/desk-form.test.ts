import { describe, expect, it } from 'vitest';
import { aDesk } from '../../../test/factories';
import { checkDesk, deskBody, deskChanged, deskState, deskValues } from './desk-form';

const desk = aDesk({ activeFrom: '2026-05-01' });

describe('desk forms', () => {
  it('need a name and a last day not before the first', () => {
    expect(checkDesk({ name: ' ', from: '', until: '' })).toBe('name');
    expect(checkDesk({ name: 'A', from: '2026-05-02', until: '2026-05-01' })).toBe('until');
    expect(checkDesk({ name: 'A', from: '2026-05-01', until: '2026-05-01' })).toBeNull();
    expect(checkDesk({ name: 'A', from: '', until: '2026-05-01' })).toBeNull();
  });

  it('send a trimmed name and empty dates as open-ended, and notice changes', () => {
    expect(deskBody({ name: ' Ecke ', from: '', until: '2026-12-31' })).toEqual({
      name: 'Ecke',
      activeFrom: null,
      activeUntil: '2026-12-31',
    });
    const values = deskValues(desk);
    expect(values).toEqual({ name: 'Fenster', from: '2026-05-01', until: '' });
    expect(deskChanged(values, desk)).toBe(false);
    expect(deskChanged({ ...values, until: '2026-06-01' }, desk)).toBe(true);
  });

  it('tell upcoming, active and retired desks apart', () => {
    expect(deskState(desk, '2026-04-30')).toBe('upcoming');
    expect(deskState(desk, '2026-05-01')).toBe('active');
    expect(deskState({ activeFrom: null, activeUntil: '2026-05-01' }, '2026-05-02')).toBe('retired');
  });
});
