import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Survey, SurveyTemplate } from '@popdesk/shared';
import { aSpace } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { CreateSurveyPage } from './create-survey-page';
import { SurveyPage } from './survey-page';

const spaces = [aSpace(), aSpace({ id: 's2', name: 'Bahnhofsbüro', town: 'Wittenberge' })];
const staff = { spaces, isAdmin: false };

const postVisit = (language: 'de' | 'en'): SurveyTemplate => ({
  id: 'post-visit',
  language,
  title: language === 'de' ? 'Nach dem Besuch' : 'After the visit',
  intro: language === 'de' ? 'Zwei Minuten, anonym.' : 'Two minutes, anonymous.',
  questions: [
    {
      id: 'kmSaved',
      kind: 'number',
      text: language === 'de' ? 'Wie viele Kilometer Pendeln haben Sie gespart?' : 'How many kilometres did you save?',
      min: 0,
      max: 1000,
      unit: 'km',
      measure: 'commuteKmAvoided',
      required: true,
    },
    {
      id: 'satisfaction',
      kind: 'scale',
      text: language === 'de' ? 'Wie zufrieden?' : 'How satisfied?',
      measure: 'satisfaction',
    },
  ],
});

const aSurvey = (over: Partial<Survey> = {}): Survey => ({
  id: 'sv1',
  title: 'Pendeln in Wittenberge',
  town: 'Wittenberge',
  spaceId: 's2',
  intro: null,
  questions: [{ id: 'dest', kind: 'single', text: 'Wohin?', options: ['Hamburg', 'Berlin'] }],
  closesOn: null,
  status: 'open',
  responses: 0,
  language: 'de',
  template: null,
  spaceName: 'Bahnhofsbüro',
  url: 'http://localhost/umfrage/sv1',
  createdAt: '2031-06-01T07:00:00.000Z',
  ...over,
});

/** the machine may be busy: the first answer of a test may take a while */
const slow = { timeout: 10_000 };
const form = () => screen.getByRole('form', { name: 'Umfrage anlegen' });
const question = (n: number) => within(form()).getByRole('group', { name: new RegExp(`^Frage ${n} von \\d+`) });
const click = (name: string | RegExp, inside: HTMLElement = form()) =>
  userEvent.click(within(inside).getByRole('button', { name }));

function renderNew(handlers: Parameters<typeof mockApi>[0] = {}) {
  const calls = mockApi({
    'GET /api/survey-templates': (_i, url) => ({
      body: [postVisit(url.searchParams.get('language') === 'en' ? 'en' : 'de')],
    }),
    ...handlers,
  });
  const view = renderWithApp(<CreateSurveyPage places={staff} spaceId="s2" onCreated={() => {}} />);
  return { calls, ...view };
}

describe('the survey builder', () => {
  beforeEach(() => setToken('token'));

  it(
    'starts from a template: its questions keep id and measure; the language reloads it until edited',
    { timeout: 30_000 },
    async () => {
      const { calls } = renderNew({
        'POST /api/surveys': () => ({ status: 201, body: aSurvey() }),
      });
      const card = (await screen.findByRole('heading', { name: 'Nach dem Besuch' }, slow)).closest('li')!;
      expect(card).toHaveTextContent('2 Fragen');
      expect(card).toHaveTextContent('Zwei Minuten, anonym.');
      await click('Vorlage verwenden: Nach dem Besuch', card);

      expect(within(form()).getByLabelText('Titel')).toHaveValue('Nach dem Besuch');
      // the space from the URL, and its town
      expect(within(form()).getByLabelText(/^Space/)).toHaveValue('s2');
      expect(within(form()).getByLabelText(/^Ort/)).toHaveValue('Wittenberge');
      expect(question(1)).toHaveTextContent('Wird im Bericht des Space als vermiedener Pendelweg ausgewertet.');

      await userEvent.click(within(form()).getByRole('radio', { name: 'Englisch' }));
      await waitFor(() => expect(within(form()).getByLabelText('Titel')).toHaveValue('After the visit'), slow);
      expect(within(question(1)).getByLabelText('Frage')).toHaveValue('How many kilometres did you save?');

      // once edited, the language is only a label: what was typed stays
      await userEvent.type(within(form()).getByLabelText('Titel'), ' 2031');
      await userEvent.click(within(form()).getByRole('radio', { name: 'Deutsch' }));
      expect(within(form()).getByLabelText('Titel')).toHaveValue('After the visit 2031');
      expect(calls.filter((c) => c.path.startsWith('/api/survey-templates'))).toHaveLength(2);

      await click('Umfrage anlegen');
      await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
      expect(calls.at(-1)!.body).toEqual({
        title: 'After the visit 2031',
        town: 'Wittenberge',
        spaceId: 's2',
        intro: 'Two minutes, anonymous.',
        questions: [
          {
            id: 'kmSaved',
            kind: 'number',
            text: 'How many kilometres did you save?',
            required: true,
            min: 0,
            max: 1000,
            unit: 'km',
            measure: 'commuteKmAvoided',
          },
          { id: 'satisfaction', kind: 'scale', text: 'How satisfied?', measure: 'satisfaction' },
        ],
        closesOn: null,
        language: 'de',
        template: 'post-visit',
      });
    },
  );

  it(
    'adds, moves and removes questions and options with labelled buttons, and moves focus along',
    { timeout: 40_000 },
    async () => {
      renderNew();
      await click('Ohne Vorlage beginnen', await screen.findByRole('region', { name: 'Vorlagen' }, slow));
      await userEvent.type(within(question(1)).getByLabelText('Frage'), 'Wohin?');

      await click('+ Frage hinzufügen');
      expect(within(question(2)).getByLabelText('Frage')).toHaveFocus();
      await userEvent.keyboard('Wie weit?');
      await click('Frage 2 nach oben');
      // the moved question's "up" button is disabled at the top: focus stays on it by "down"
      expect(within(question(1)).getByLabelText('Frage')).toHaveValue('Wie weit?');
      expect(within(question(1)).getByRole('button', { name: 'Frage 1 nach unten' })).toHaveFocus();
      expect(within(question(1)).getByRole('button', { name: 'Frage 1 nach oben' })).toBeDisabled();

      // options of the second question: add one, move it up, remove another
      const q2 = question(2);
      await userEvent.type(within(q2).getByLabelText('Antwort 1'), 'Hamburg');
      await userEvent.type(within(q2).getByLabelText('Antwort 2'), 'Berlin');
      await click('Antwortmöglichkeit hinzufügen (Frage 2)', q2);
      expect(within(q2).getByLabelText('Antwort 3')).toHaveFocus();
      await userEvent.keyboard('Schwerin');
      await click('Antwort 3 von Frage 2 nach oben', q2);
      expect(
        within(q2)
          .getAllByRole('textbox', { name: /^Antwort/ })
          .map((i) => (i as HTMLInputElement).value),
      ).toEqual(['Hamburg', 'Schwerin', 'Berlin']);
      await click('Antwort 1 von Frage 2 entfernen', q2);
      expect(within(q2).getByLabelText('Antwort 1')).toHaveValue('Schwerin');
      expect(within(q2).getByLabelText('Antwort 1')).toHaveFocus();

      await click('Frage 1 entfernen');
      expect(within(form()).getAllByRole('group', { name: /^Frage \d von 1$/ })).toHaveLength(1);
      expect(question(1)).toHaveFocus();
      await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Frage 1 entfernt.'));
    },
  );

  it('switching the kind shows what the kind needs and keeps what was typed for switching back', async () => {
    renderNew();
    await click('Ohne Vorlage beginnen', await screen.findByRole('region', { name: 'Vorlagen' }, slow));
    const q = question(1);
    await userEvent.type(within(q).getByLabelText('Antwort 1'), 'Ja');
    await userEvent.selectOptions(within(q).getByLabelText('Art der Frage'), 'Zahl');
    expect(within(q).queryByRole('group', { name: 'Antwortmöglichkeiten' })).not.toBeInTheDocument();
    expect(within(q).getByRole('group', { name: 'Erlaubte Werte' })).toBeInTheDocument();
    await userEvent.type(within(q).getByLabelText('Einheit'), 'km');
    await userEvent.selectOptions(within(q).getByLabelText('Art der Frage'), 'Skala 1–5');
    expect(q).toHaveTextContent('Antworten von 1 (gar nicht) bis 5 (sehr).');
    await userEvent.selectOptions(within(q).getByLabelText('Art der Frage'), 'Mehrfachauswahl');
    expect(within(q).getByLabelText('Antwort 1')).toHaveValue('Ja');
    expect(
      within(within(q).getByLabelText('Art der Frage'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Einfachauswahl', 'Mehrfachauswahl', 'Zahl', 'Skala 1–5', 'Freitext']);
  });

  it(
    'names each problem at its field and in a summary linking there; nothing is sent',
    { timeout: 30_000 },
    async () => {
      const { calls } = renderNew();
      await click('Ohne Vorlage beginnen', await screen.findByRole('region', { name: 'Vorlagen' }, slow));
      // without a space, staff choose one of their towns
      await userEvent.selectOptions(within(form()).getByLabelText(/^Space/), '');
      expect(within(form()).getByLabelText(/^Ort/)).toHaveValue('Wittenberge');
      await userEvent.selectOptions(within(form()).getByLabelText(/^Ort/), 'Ort wählen');
      const q = question(1);
      await userEvent.type(within(q).getByLabelText('Antwort 1'), 'Hamburg');
      await userEvent.type(within(q).getByLabelText('Antwort 2'), 'hamburg ');
      await click('+ Frage hinzufügen');
      await userEvent.selectOptions(within(question(2)).getByLabelText('Art der Frage'), 'Zahl');
      await userEvent.type(within(question(2)).getByLabelText('Kleinster Wert'), '10');
      await userEvent.type(within(question(2)).getByLabelText('Größter Wert'), '5');
      await click('Umfrage anlegen');

      const summary = await within(form()).findByRole('alert');
      expect(
        within(summary)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual([
        'Titel: Bitte ausfüllen.',
        'Ort: Bitte ausfüllen.',
        'Frage 1 – Frage: Bitte ausfüllen.',
        'Frage 2 – Frage: Bitte ausfüllen.',
        'Frage 1 – Antwortmöglichkeiten: Die Antwortmöglichkeiten müssen sich unterscheiden.',
        'Frage 2 – Kleinster Wert: Der kleinste Wert darf nicht über dem größten liegen.',
      ]);
      expect(summary.parentElement).toHaveFocus();
      const title = within(form()).getByLabelText('Titel');
      expect(title).toHaveAttribute('aria-invalid', 'true');
      expect(title).toHaveAccessibleDescription('Steht über der Umfrage und auf dem Plakat. Bitte ausfüllen.');
      expect(within(question(2)).getByLabelText('Kleinster Wert')).toHaveAccessibleDescription(
        'Der kleinste Wert darf nicht über dem größten liegen.',
      );
      await userEvent.click(within(summary).getByRole('link', { name: /^Frage 2 – Frage/ }));
      expect(within(question(2)).getByLabelText('Frage')).toHaveFocus();
      expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

      // fixed as people type
      await userEvent.type(title, 'Pendeln');
      expect(title).not.toHaveAttribute('aria-invalid');
    },
  );

  it('shows the server’s 400 and 422 answers at their fields', async () => {
    let answer = 400;
    renderNew({
      'POST /api/surveys': () =>
        answer === 422
          ? problem(422, 'survey-closes-on-past')
          : {
              status: 400,
              body: {
                type: 'https://popdesk.app/problems/validation-error',
                title: 'Bad Request',
                status: 400,
                detail: 'x',
                errors: [
                  { path: 'body.questions.0.text', message: 'must match pattern' },
                  {
                    path: '/questions/1/measure',
                    message: 'satisfaction is measured twice',
                    code: 'duplicate-measure',
                  },
                ],
              },
            },
    });
    await click(
      'Vorlage verwenden: Nach dem Besuch',
      (await screen.findByText('Nach dem Besuch', {}, slow)).closest('li')!,
    );
    await click('Umfrage anlegen');
    await waitFor(() =>
      expect(within(question(1)).getByLabelText('Frage')).toHaveAccessibleDescription('must match pattern'),
    );
    expect(question(2)).toHaveTextContent('Diese Auswertung kommt zweimal vor.');

    // a rule about one field (422) shows there too
    answer = 422;
    await click('Umfrage anlegen');
    await waitFor(() =>
      expect(within(form()).getByLabelText('Läuft bis')).toHaveAccessibleDescription(/Dieser Tag ist schon vorbei\./),
    );
  });

  it('locks the questions of an answered survey, saying why, and sends only what changed', async () => {
    const survey = aSurvey({ responses: 4 });
    const calls = mockApi({ 'PATCH /api/surveys/sv1': () => ({ body: { ...survey, title: 'Neu' } }) });
    renderWithApp(<SurveyPage survey={survey} places={staff} />);
    const edit = screen.getByRole('form', { name: 'Umfrage ändern' });
    expect(edit).toHaveTextContent('Es gibt schon 4 Antworten.');
    expect(within(edit).queryByRole('button', { name: '+ Frage hinzufügen' })).not.toBeInTheDocument();
    expect(within(edit).getByText('Wohin?')).toBeInTheDocument();
    await userEvent.click(within(edit).getByRole('button', { name: 'Änderungen speichern' }));
    expect(within(edit).getByText('Es wurde nichts geändert.')).toBeInTheDocument();
    await userEvent.clear(within(edit).getByLabelText('Titel'));
    await userEvent.type(within(edit).getByLabelText('Titel'), 'Neu');
    await userEvent.click(within(edit).getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ title: 'Neu' });
    expect(await screen.findByText('Änderungen gespeichert.', { selector: 'p' })).toBeInTheDocument();
  });
});
