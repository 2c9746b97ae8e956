import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aBooking, aSpace } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { BookingsExport } from './bookings-export';

const space = aSpace({ id: 's1', name: 'Dorfbüro', timezone: 'Europe/Berlin' });
const list = [
  aBooking({ id: 'a', userName: 'Erika Muster', userEmail: 'erika@example.org' }),
  aBooking({ id: 'b', userId: null, guestName: '=HYPERLINK("http://evil")' }),
];
const filter = { spaceId: 's1', from: '2031-06-03', to: '2031-06-03', status: '' as const };

async function exported(withEmail: boolean): Promise<string> {
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  renderWithApp(
    <BookingsExport list={list} spaces={[space]} filter={filter} timezone="Europe/Berlin" withEmail={withEmail} />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Als CSV herunterladen' }));
  return blob!.text();
}

describe('the bookings export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the holders, defuses formulas in names, and has e-mail only when shown', async () => {
    const csv = await exported(false);
    const [head, erika, guest] = csv.replace('\uFEFF', '').split('\r\n');
    expect(head).toBe('"Tag";"Uhrzeit";"Space";"Tisch";"Person";"Gast";"Status"');
    expect(erika).toContain('"Erika Muster";""');
    expect(csv).not.toContain('erika@example.org');
    expect(guest).toContain('"\'=HYPERLINK(""http://evil"")";"ja"');
  });

  it('adds the e-mail column when the addresses are shown', async () => {
    const csv = await exported(true);
    expect(csv).toContain('"E-Mail"');
    expect(csv).toContain('"erika@example.org"');
  });
});
