import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPrivacyInfo } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { PrivacyPage } from './privacy-page';

const info = aPrivacyInfo();

describe('privacy notice', () => {
  it('states the configured periods only once they are known, and lists the e-mails kept', async () => {
    let answer!: (v: { body: unknown }) => void;
    mockApi({ 'GET /api/privacy-info': () => new Promise((r) => (answer = r)) });
    renderWithApp(<PrivacyPage />);
    expect(screen.getByText('Aufbewahrungsfristen werden geladen …')).toBeInTheDocument();
    expect(screen.queryByText(/Monate nach Ihrer letzten Buchung/)).not.toBeInTheDocument();
    expect(screen.getByText(/^E-Mails an Sie \(Buchungsbestätigung/)).toBeInTheDocument();
    answer({ body: info });
    expect(await screen.findByText(/ 18 Monate nach Ihrer letzten Buchung/)).toBeInTheDocument();
    expect(screen.getByText('Gesendete E-Mails an Sie werden nach 30 Tagen gelöscht.')).toBeInTheDocument();
    expect(screen.getByText('Stadt Mölln', { exact: false })).toBeInTheDocument();
    // the survey page links here (#umfragen): what an anonymous answer keeps
    expect(screen.getByRole('heading', { name: 'Umfragen' })).toHaveAttribute('id', 'umfragen');
    expect(screen.getByText(/^Umfragen beantworten Sie ohne Konto/)).toHaveTextContent('keine IP-Adresse, kein Cookie');
  });

  it('says when the periods cannot be loaded and loads them again on request', async () => {
    let calls = 0;
    mockApi({
      'GET /api/privacy-info': () =>
        ++calls === 1 ? problem(500, 'internal') : { body: { ...info, messageRetentionDays: 1 } },
    });
    renderWithApp(<PrivacyPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Auf dem Server ist ein Fehler aufgetreten');
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Gesendete E-Mails an Sie werden nach 1 Tag gelöscht.')).toBeInTheDocument();
  });
});
