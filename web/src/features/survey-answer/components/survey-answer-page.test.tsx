import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Question, Survey } from '@popdesk/shared';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { answeredKey } from '../hooks/use-answered-flag';
import { SurveyAnswerPage } from './survey-answer-page';

const questions: Question[] = [
  { id: 'dest', kind: 'single', text: 'Wohin pendeln Sie?', options: ['Hamburg', 'Berlin'], required: true },
  { id: 'days', kind: 'multi', text: 'An welchen Tagen?', options: ['Mo', 'Di', 'Mi'] },
  { id: 'km', kind: 'number', text: 'Wie weit (hin und zurück)?', min: 0, max: 500, unit: 'km', required: true },
  { id: 'fit', kind: 'scale', text: 'Wie zufrieden sind Sie?' },
  { id: 'note', kind: 'text', text: 'Was noch?' },
];
const aSurvey = (over: Partial<Survey> = {}): Survey => ({
  id: 'sv1',
  title: 'Pendeln in Wittenberge',
  town: 'Wittenberge',
  spaceId: null,
  intro: 'Fünf kurze Fragen.',
  questions,
  closesOn: null,
  status: 'open',
  responses: 0,
  language: 'de',
  template: 'commuter',
  spaceName: null,
  url: 'http://localhost/umfrage/sv1',
  createdAt: '2025-03-01T08:00:00.000Z',
  ...over,
});

const render = () => renderWithApp(<SurveyAnswerPage surveyId="sv1" />, { path: '/umfrage/sv1' });
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Antworten absenden' }));
const openSurvey = (extra: Parameters<typeof mockApi>[0] = {}) =>
  mockApi({ 'GET /api/surveys/sv1': () => ({ body: aSurvey() }), ...extra });

async function fillRequired() {
  await userEvent.click(await screen.findByRole('radio', { name: 'Hamburg' }));
  await userEvent.type(screen.getByRole('spinbutton', { name: /Wie weit/ }), '84');
}

describe('answering a survey', () => {
  it('shows every kind of question accessibly and sends only the answers', async () => {
    const calls = openSurvey({ 'POST /api/surveys/sv1/responses': () => ({ status: 201, body: { id: 'r1' } }) });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Pendeln in Wittenberge' })).toHaveAttribute(
      'lang',
      'de',
    );
    expect(screen.getByText(/^Anonym: Wir speichern nur Ihre Antworten und den Tag – kein Konto/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mehr in der Datenschutzerklärung' })).toHaveAttribute(
      'href',
      '/datenschutz#umfragen',
    );

    const dest = screen.getByRole('group', { name: 'Wohin pendeln Sie? (Pflichtfrage)' });
    expect(within(dest).getAllByRole('radio')).toHaveLength(2);
    const days = screen.getByRole('group', { name: 'An welchen Tagen?' });
    expect(days).toHaveAccessibleDescription('Mehrere Antworten möglich.');
    const km = screen.getByRole('spinbutton', { name: 'Wie weit (hin und zurück)? (Pflichtfrage)' });
    expect(km).toHaveAttribute('min', '0');
    expect(km).toHaveAttribute('max', '500');
    expect(km).toHaveAttribute('inputmode', 'numeric');
    expect(km).toHaveAccessibleDescription('Eine Zahl von 0 bis 500. km');
    const fit = screen.getByRole('group', { name: 'Wie zufrieden sind Sie?' });
    expect(
      within(fit)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(within(fit).getByRole('radio', { name: '1 gar nicht' })).toBeInTheDocument();
    expect(within(fit).getByRole('radio', { name: '5 sehr' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Was noch?' }).tagName).toBe('TEXTAREA');
    expect(screen.getByText('Noch 2 Pflichtfragen offen.')).toBeInTheDocument();

    await fillRequired();
    await userEvent.click(within(days).getByRole('checkbox', { name: 'Mi' }));
    await userEvent.click(within(days).getByRole('checkbox', { name: 'Mo' }));
    await userEvent.click(within(fit).getByRole('radio', { name: '4' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Was noch?' }), '  Kaffee ');
    expect(screen.getByText('Alle Pflichtfragen sind beantwortet.')).toBeInTheDocument();
    await submit();

    const thanks = await screen.findByRole('heading', { level: 1, name: 'Danke für Ihre Teilnahme!' });
    await waitFor(() => expect(thanks).toHaveFocus());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/surveys/sv1/responses');
    // options in the question's order, numbers as numbers, texts trimmed; nothing but the answers
    expect(post.body).toEqual({
      answers: { dest: 'Hamburg', days: ['Mo', 'Mi'], km: 84, fit: 4, note: 'Kaffee' },
    });
    expect(localStorage.getItem(answeredKey('sv1'))).toBe('1');
    expect(document.cookie).toBe('');
  });

  it('checks before sending: an error summary at the top, focused, linking to the fields', async () => {
    const calls = openSurvey();
    render();
    await screen.findByRole('heading', { level: 1 });
    await submit();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Antworten' })).toBeInTheDocument();
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(document.title).toBe('Fehler: Pendeln in Wittenberge – PopDesk');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Wohin pendeln Sie? – Bitte beantworten Sie diese Frage.',
      'Wie weit (hin und zurück)? – Bitte beantworten Sie diese Frage.',
    ]);
    await userEvent.click(links[1]!);
    const km = screen.getByRole('spinbutton', { name: /Wie weit/ });
    expect(km).toHaveFocus();
    expect(km).toHaveAttribute('aria-invalid', 'true');
    expect(km).toHaveAccessibleDescription('Eine Zahl von 0 bis 500. Fehler: Bitte beantworten Sie diese Frage. km');
    await userEvent.click(links[0]!);
    expect(screen.getByRole('radio', { name: 'Hamburg' })).toHaveFocus();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('checks a field when leaving it, and clears the error once fixed', async () => {
    openSurvey();
    render();
    const km = await screen.findByRole('spinbutton', { name: /Wie weit/ });
    // passing by a required field says nothing yet
    await userEvent.click(km);
    await userEvent.tab();
    expect(km).not.toHaveAttribute('aria-invalid');
    await userEvent.type(km, '900');
    await userEvent.tab();
    expect(km).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Bitte geben Sie eine Zahl von 0 bis 500 ein.')).toBeInTheDocument();
    await userEvent.clear(km);
    await userEvent.type(km, '90');
    expect(km).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Bitte geben Sie eine Zahl von 0 bis 500 ein.')).not.toBeInTheDocument();
  });

  it('counts the characters of a free text near the limit', async () => {
    openSurvey();
    render();
    const note = await screen.findByRole('textbox', { name: 'Was noch?' });
    fireEvent.change(note, { target: { value: 'x'.repeat(1000) } });
    expect(screen.queryByText(/Zeichen möglich/)).not.toBeInTheDocument();
    fireEvent.change(note, { target: { value: 'x'.repeat(1990) } });
    expect(note).toHaveAccessibleDescription('Noch 10 Zeichen möglich');
    fireEvent.change(note, { target: { value: 'x'.repeat(2003) } });
    expect(screen.getByText('3 Zeichen zu viel')).toBeInTheDocument();
    await fillRequired();
    await submit();
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /Was noch\?/ })).toHaveTextContent(
      'Bitte kürzen Sie Ihre Antwort auf höchstens 2000 Zeichen.',
    );
  });

  it("shows the server's 422 answer problems the same way", async () => {
    openSurvey({
      'POST /api/surveys/sv1/responses': () => ({
        status: 422,
        body: {
          ...problem(422, 'answers-invalid').body,
          errors: [{ path: '/answers/dest', message: 'is not one of the options', code: 'not-an-option' }],
        },
      }),
    });
    render();
    await fillRequired();
    await submit();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Wohin pendeln Sie? – Bitte wählen Sie eine der angebotenen Antworten.',
    );
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    // a group names its error in its description (radios take no aria-invalid)
    expect(screen.getByRole('group', { name: /Wohin pendeln Sie/ })).toHaveAccessibleDescription(
      'Fehler: Bitte wählen Sie eine der angebotenen Antworten.',
    );
  });

  it('too many answers from one connection: says so, and how long to wait', async () => {
    openSurvey({
      'POST /api/surveys/sv1/responses': () => ({
        ...problem(429, 'too-many-responses'),
        headers: { 'Retry-After': '600' },
      }),
    });
    render();
    await fillRequired();
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Zu viele Antworten von diesem Anschluss, bitte später noch einmal.');
    expect(alert).toHaveTextContent('Versuchen Sie es in etwa 10 Minuten wieder.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(localStorage.getItem(answeredKey('sv1'))).toBeNull();
  });

  it('remembers on the device that it answered, and lets another person answer anyway', async () => {
    localStorage.setItem(answeredKey('sv1'), '1');
    openSurvey();
    render();
    expect(await screen.findByRole('heading', { name: 'Sie haben bereits teilgenommen. Danke!' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Antworten absenden' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Trotzdem antworten' }));
    expect(screen.getByRole('radio', { name: 'Hamburg' })).not.toBeChecked();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Pendeln in Wittenberge' })).toHaveFocus(),
    );
  });

  it('a closed survey: a clear page on opening (410) and when it closed meanwhile (422)', async () => {
    mockApi({ 'GET /api/surveys/sv1': () => problem(410, 'survey-closed') });
    const first = render();
    expect(await screen.findByRole('heading', { name: 'Diese Umfrage ist beendet' })).toBeInTheDocument();
    first.unmount();

    openSurvey({ 'POST /api/surveys/sv1/responses': () => problem(422, 'survey-closed') });
    render();
    await fillRequired();
    await submit();
    const closed = await screen.findByRole('heading', { name: 'Diese Umfrage ist beendet' });
    await waitFor(() => expect(closed).toHaveFocus());
    expect(localStorage.getItem(answeredKey('sv1'))).toBeNull();
  });

  it('an unknown survey reads as not found', async () => {
    mockApi({ 'GET /api/surveys/sv1': () => problem(404, 'not-found') });
    render();
    expect(await screen.findByRole('heading', { name: 'Umfrage nicht gefunden' })).toBeInTheDocument();
  });

  it('English page, German questions: each marked with its language', async () => {
    const { default: i18n } = await import('../../../lib/i18n');
    await i18n.changeLanguage('en');
    openSurvey();
    render();
    const dest = await screen.findByRole('group', { name: 'Wohin pendeln Sie? (required)' });
    expect(dest.closest('[lang]')).toHaveAttribute('lang', 'de');
    expect(within(dest).getByText('(required)')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('radio', { name: '5 very' }).closest('label')!.querySelector('[lang="en"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Send answers' })).not.toHaveAttribute('lang');
    expect(screen.getByRole('link', { name: 'More in the privacy notice' })).toHaveAttribute(
      'href',
      '/privacy#umfragen',
    );
  });
});
