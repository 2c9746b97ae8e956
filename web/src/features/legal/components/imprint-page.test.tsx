import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { mockApi, renderWithApp } from '../../../test/render';
import { ImprintPage } from './imprint-page';

const empty = {
  name: null,
  address: null,
  representative: null,
  email: null,
  phone: null,
  vatId: null,
  contentResponsible: null,
};

describe('imprint', () => {
  it('shows the configured provider and only the details that are set', async () => {
    mockApi({
      'GET /api/imprint': () => ({
        body: { ...empty, name: 'Stadt Mölln', address: 'Am Markt 12, 23879 Mölln', email: 'popdesk@moelln.example' },
      }),
    });
    renderWithApp(<ImprintPage />);
    expect(await screen.findByText('Stadt Mölln', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'popdesk@moelln.example' })).toHaveAttribute(
      'href',
      'mailto:popdesk@moelln.example',
    );
    expect(screen.queryByText('Telefon')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Datenschutzerklärung' })).toHaveAttribute('href', '/datenschutz');
  });

  it('says when the operator has not filled it in', async () => {
    mockApi({ 'GET /api/imprint': () => ({ body: empty }) });
    renderWithApp(<ImprintPage />);
    expect(await screen.findByText(/noch nicht hinterlegt/)).toBeInTheDocument();
  });
});
