/**
 * The demo's surveys, as the pilot towns ran them (issue #18), with anonymous responses:
 *
 * - Wittenberge, autumn 2022: a commuter survey of rail commuters, with QR codes handed out on
 *   apples at the station (documented), about 180 answers: most commute to Hamburg or Berlin, over
 *   half say their presence at work is not strictly needed (documented). Counts, distances and
 *   dates are ILLUSTRATIVE.
 * - Dießen am Ammersee, spring 2022: the online citizen survey, the central element of its pilot
 *   (documented), about 250 answers with many long commutes to Munich; a town survey, no space.
 * - Dippoldiswalde, spring 2022: an expression of interest, about 45 answers, little interest
 *   (documented: it opened no space); a town survey, no space.
 * - Oestrich-Winkel: the pop-up's post-visit survey, July to its last day, 21 December 2022; answers
 *   come in on days people worked there. Many would pay (documented); the figures are ILLUSTRATIVE.
 * - Dießen, now: the Denkerhaus's post-visit survey, open, so the answer page, the link in the
 *   booking e-mails and the demand figures have something to show on first start.
 *
 * Rare answers (one or two people: Magdeburg, "further away", a satisfaction of 2 …) are there on
 * purpose: the results fold them. Pure like model.ts; seed.ts writes them (writeDemoSurveys).
 */
import { randomUUID } from 'node:crypto';
import type { Question, SurveyLanguage, SurveyStatus, SurveyTemplateId } from '@popdesk/shared';
import type { Tx } from '../db/db.js';
import { surveyResponses, surveys } from '../db/schema.js';
import { surveyTemplate } from '../features/surveys/templates.js';
import { addDays, localDateOf, localInstant } from '../lib/local-time.js';
import {
  commuterAnswers,
  interestAnswers,
  postVisitAnswers,
  type CommuterPlan,
  type DemoAnswers,
} from './demo-survey-answers.js';
import { forkRng, type Rng } from './random.js';
import type { SimBooking } from './simulation.js';

export interface DemoResponse {
  answers: DemoAnswers;
  submittedOn: string;
}

export interface DemoSurvey {
  title: string;
  town: string;
  /** The space's key, or null for a survey of the town. */
  spaceKey: string | null;
  intro: string;
  language: SurveyLanguage;
  template: SurveyTemplateId;
  questions: Question[];
  status: SurveyStatus;
  closesOn: string | null;
  createdAt: Date;
  responses: DemoResponse[];
}

const TZ = 'Europe/Berlin';
const RESPONSE_CHUNK = 500;
const ANONYMOUS = 'Die Umfrage ist anonym: Gespeichert werden nur Ihre Antworten und der Tag, an dem sie eingehen.';
const created = (date: string) => localInstant(date, 10 * 60, TZ);
const between = (rng: Rng, from: string, to: string) =>
  addDays(from, rng.int(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)));

/** Days in `from..to`, most of them in the first weeks (the announcement), some on `peaks`. */
function answerDays(rng: Rng, n: number, from: string, to: string, peaks: string[] = []): string[] {
  return Array.from({ length: n }, () => {
    if (peaks.length > 0 && rng.chance(0.45)) return rng.pick(peaks);
    const early = addDays(from, Math.min(20, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)));
    return rng.chance(0.6) ? between(rng, from, early) : between(rng, from, to);
  }).sort();
}

/** A day on which someone worked at the space (a checked-in booking), within `from..to`. */
function visitDays(bookings: readonly SimBooking[], spaceKey: string, from: string, to: string, now: Date) {
  return bookings
    .filter((b) => b.spaceKey === spaceKey && b.status === 'checked_in' && b.end <= now)
    .map((b) => localDateOf(b.start, TZ))
    .filter((d) => from <= d && d <= to);
}

const NEEDS_COMMUTERS = [0.55, 0.8, 0.2, 0.3, 0.15, 0.35, 0.5, 0.12, 0.4, 0.25];

function wittenberge(rng: Rng): DemoSurvey {
  const t = surveyTemplate('commuter', 'de');
  // destination options: Hamburg, Berlin, Schwerin, Magdeburg, elsewhere in the region, further away
  const plan: CommuterPlan = {
    destinations: [
      { option: 0, count: 78, km: [122, 142], time: [0, 2, 10, 5, 1] },
      { option: 1, count: 66, km: [138, 162], time: [0, 2, 10, 6, 1] },
      { option: 2, count: 13, km: [88, 104], time: [0, 2, 6, 3, 1] },
      { option: 3, count: 2, km: [105, 118], time: [0, 0, 1, 2, 1] },
      { option: 4, count: 15, km: [8, 45], time: [5, 6, 1, 0, 0] },
      { option: 5, count: 6, km: [180, 420], time: [0, 0, 1, 3, 4] },
    ],
    presence: [66, 61, 41, 12],
    selfEmployed: 2,
    needs: NEEDS_COMMUTERS,
    commentShare: 0.12,
    comments: [
      'Ein Coworking-Space direkt am Bahnhof wäre ideal.',
      'Mein Arbeitgeber erlaubt zwei Tage Homeoffice, aber zu Hause habe ich keinen ruhigen Platz.',
      'Die Züge nach Hamburg sind morgens oft überfüllt.',
      'Ich würde gern einen Tag pro Woche vor Ort arbeiten, wenn das Internet schnell genug ist.',
      'Danke für den Apfel!',
      'Gerne auch mit Monatskarte statt Tagespreis.',
      'Bitte auch früh morgens öffnen, ab 7 Uhr.',
      'Für mich lohnt sich das nur, wenn ich dort auch telefonieren kann.',
      'Wir sind zu zweit in der Familie Pendler – wir würden beide kommen.',
      'Ich pendle seit 15 Jahren nach Berlin. Jeder Tag weniger wäre ein Gewinn.',
      'Mein Job geht nur vor Ort, aber die Idee finde ich gut.',
      'Parkplätze am Bahnhof sind knapp, ein Fahrradstellplatz wäre wichtig.',
    ],
  };
  const responses = commuterAnswers(rng, t, plan);
  const days = answerDays(rng, responses.length, '2022-10-04', '2022-12-16', ['2022-10-13', '2022-10-14']);
  return {
    title: 'Pendlerumfrage Wittenberge 2022',
    town: 'Wittenberge',
    spaceKey: 'wittenberge',
    intro: `Die Stadt Wittenberge möchte wissen, wie viele Menschen von hier zur Arbeit pendeln und ob ein Arbeitsplatz im Coworking-Space in der Laborstraße ihnen Fahrten ersparen könnte. Das Ausfüllen dauert etwa drei Minuten. ${ANONYMOUS}`,
    language: 'de',
    template: 'commuter',
    questions: t.questions,
    status: 'closed',
    closesOn: '2022-12-16',
    createdAt: created('2022-09-28'),
    responses: responses.map((answers, i) => ({ answers, submittedOn: days[i]! })),
  };
}

function diessenCitizens(rng: Rng): DemoSurvey {
  const t = surveyTemplate('commuter', 'de');
  const destination = t.questions.find((q) => q.id === 'destination')!;
  destination.options = [
    'München',
    'Augsburg',
    'Landsberg am Lech',
    'Starnberg',
    'Weilheim',
    'Anderswo in der Region',
    'Weiter weg',
  ];
  const plan: CommuterPlan = {
    destinations: [
      { option: 0, count: 118, km: [45, 62], time: [0, 4, 9, 3, 1] },
      { option: 1, count: 22, km: [50, 66], time: [0, 5, 6, 1, 0] },
      { option: 2, count: 28, km: [17, 27], time: [4, 8, 1, 0, 0] },
      { option: 3, count: 16, km: [24, 34], time: [2, 8, 2, 0, 0] },
      { option: 4, count: 14, km: [14, 24], time: [5, 6, 0, 0, 0] },
      { option: 5, count: 50, km: [3, 25], time: [8, 4, 0, 0, 0] },
      { option: 6, count: 2, km: [120, 300], time: [0, 0, 0, 1, 2] },
    ],
    presence: [92, 88, 54, 16],
    selfEmployed: 2,
    needs: [0.6, 0.75, 0.3, 0.35, 0.3, 0.3, 0.25, 0.15, 0.45, 0.2],
    commentShare: 0.1,
    comments: [
      'Die B2 und die A96 sind jeden Morgen dicht – jeder Tag im Ort spart mir zwei Stunden.',
      'Das Denkerhaus kenne ich, aber es ist oft voll. Mehr Plätze wären gut.',
      'Ich bin bei der Freiwilligen Feuerwehr und wäre gern tagsüber im Ort.',
      'Mit der Ammerseebahn bin ich über eine Stunde unterwegs.',
      'Kinderbetreuung in der Nähe wäre für mich entscheidend.',
      'Bitte an die Workshops denken, ich würde gern mitdiskutieren.',
      'Auch in Riederau oder St. Georgen wäre ein kleiner Raum schön.',
      'Mein Arbeitgeber in München zahlt vielleicht einen Teil.',
      'Ich arbeite schon im Homeoffice, mir fehlt aber der Austausch.',
      'Schnelles Internet ist bei uns zu Hause leider Glückssache.',
    ],
  };
  const responses = commuterAnswers(rng, t, plan);
  const days = answerDays(rng, responses.length, '2022-05-02', '2022-06-19');
  return {
    title: 'Bürgerumfrage: Arbeiten in Dießen',
    town: 'Dießen am Ammersee',
    spaceKey: null,
    intro: `Viele Dießenerinnen und Dießener pendeln jeden Tag weit. Die Marktgemeinde möchte wissen, ob Arbeitsplätze im Ort – im Coworking-Space oder anderswo – Ihnen Wege ersparen würden. Die Ergebnisse besprechen wir in zwei Bürgerwerkstätten. ${ANONYMOUS}`,
    language: 'de',
    template: 'commuter',
    questions: t.questions,
    status: 'closed',
    closesOn: '2022-06-19',
    createdAt: created('2022-04-27'),
    responses: responses.map((answers, i) => ({ answers, submittedOn: days[i]! })),
  };
}

function dippoldiswalde(rng: Rng): DemoSurvey {
  const t = surveyTemplate('interest', 'de');
  const responses = interestAnswers(rng, t, {
    interest: [19, 14, 7, 4, 1],
    // mostly, partly, no, not working now
    deskWork: [
      [1, 2, 10, 4],
      [2, 5, 5, 1],
      [3, 4, 1, 0],
      [3, 1, 0, 0],
      [1, 0, 0, 0],
    ],
    days: [0.35, 0.3, 0.3, 0.3, 0.5, 0.05, 0],
    needs: [0.5, 0.7, 0.15, 0.2, 0.3, 0.6, 0.1, 0.1, 0.3, 0.1],
    commentShare: 0.2,
    comments: [
      'Ich arbeite im Handwerk, das geht nicht am Schreibtisch.',
      'Mein Arbeitsplatz ist hier im Ort, ich brauche das nicht.',
      'Die Stadtverwaltung könnte das doch erst einmal selbst ausprobieren.',
      'Zu Hause habe ich alles, was ich brauche.',
      'Für Studierende in den Semesterferien vielleicht interessant.',
      'Wer soll das bezahlen?',
      'Gute Idee, aber nicht für mich.',
    ],
  });
  const days = answerDays(rng, responses.length, '2022-03-14', '2022-04-29');
  return {
    title: 'Interessenbekundung: Coworking in Dippoldiswalde',
    town: 'Dippoldiswalde',
    spaceKey: null,
    intro: `Braucht Dippoldiswalde einen Coworking-Space? ${t.intro}`,
    language: 'de',
    template: 'interest',
    questions: t.questions,
    status: 'closed',
    closesOn: '2022-04-29',
    createdAt: created('2022-03-10'),
    responses: responses.map((answers, i) => ({ answers, submittedOn: days[i]! })),
  };
}

const IMPROVEMENTS_POPUP = [
  'Bitte auch freitags öffnen.',
  'Ein zweiter Bildschirm zum Anschließen wäre toll.',
  'Bitte weiterführen, wenn das Pilotprojekt endet!',
  'Eine Kaffeemaschine fehlt noch.',
  'Parkplätze in der Rheingaustraße sind knapp.',
  'Die Buchung war einfach, gerne so lassen.',
  'Im Sommer wird es im Erdgeschoss warm – ein Ventilator?',
  'Für Videocalls fehlt ein abgetrennter Raum.',
  'Länger als bis 17 Uhr wäre schön.',
  'Mehr Steckdosen am Fenstertisch.',
  'Nette Leute, gute Atmosphäre – danke!',
];

function oestrichWinkel(rng: Rng, bookings: readonly SimBooking[], now: Date): DemoSurvey | null {
  const t = surveyTemplate('post-visit', 'de');
  const visits = visitDays(bookings, 'oestrich-winkel', '2022-07-01', '2022-12-21', now);
  if (visits.length === 0) return null;
  const responses = postVisitAnswers(rng, t, {
    otherwise: [30, 12, 3, 17, 7, 1],
    commutes: [
      { km: [36, 50], weight: 4 }, // Wiesbaden
      { km: [44, 60], weight: 3 }, // Mainz
      { km: [95, 120], weight: 3 }, // Frankfurt
      { km: [20, 30], weight: 1 }, // Rüdesheim, Geisenheim
    ],
    satisfaction: [0, 2, 6, 24, 38],
    prices: [8, 1, 9, 9, 16, 4, 7, 3, 1],
    improvements: IMPROVEMENTS_POPUP,
    improvementShare: 0.2,
  });
  return {
    title: 'Nach dem Besuch im Pop-up-Coworking',
    town: 'Oestrich-Winkel',
    spaceKey: 'oestrich-winkel',
    intro: t.intro,
    language: 'de',
    template: 'post-visit',
    questions: t.questions,
    status: 'closed',
    closesOn: '2022-12-21',
    createdAt: created('2022-06-30'),
    responses: responses.map((answers) => ({ answers, submittedOn: rng.pick(visits) })).sort(bySubmitted),
  };
}

/** The Denkerhaus's running post-visit survey: answers on the visit days of the last weeks. */
function diessenNow(rng: Rng, bookings: readonly SimBooking[], now: Date): DemoSurvey {
  const t = surveyTemplate('post-visit', 'de');
  const today = localDateOf(now, TZ);
  const opened = addDays(today, -42);
  const visits = visitDays(bookings, 'diessen', opened, today, now);
  const responses =
    visits.length === 0
      ? []
      : postVisitAnswers(rng, t, {
          otherwise: [10, 5, 1, 6, 2, 0],
          commutes: [
            { km: [90, 124], weight: 5 }, // München
            { km: [100, 130], weight: 1 }, // Augsburg
            { km: [34, 54], weight: 2 }, // Landsberg, Weilheim
          ],
          satisfaction: [0, 0, 3, 9, 12],
          prices: [3, 1, 3, 4, 7, 3, 5, 2, 1],
          improvements: [
            'Mehr Plätze am Montag, da ist es oft voll.',
            'Die Telefonbox ist super.',
            'Bitte samstags länger öffnen.',
            'Alles bestens.',
          ],
          improvementShare: 0.15,
        });
  return {
    title: 'Nach dem Besuch im Denkerhaus',
    town: 'Dießen am Ammersee',
    spaceKey: 'diessen',
    intro: t.intro,
    language: 'de',
    template: 'post-visit',
    questions: t.questions,
    status: 'open',
    closesOn: null,
    createdAt: created(opened),
    responses: responses.map((answers) => ({ answers, submittedOn: rng.pick(visits) })).sort(bySubmitted),
  };
}

const bySubmitted = (a: DemoResponse, b: DemoResponse) => a.submittedOn.localeCompare(b.submittedOn);

/**
 * The demo surveys for `now` (a survey whose last day is not yet past is left out: the 2022 ones
 * exist from 2023 on). Each survey has its own random stream.
 */
export function generateDemoSurveys(opts: { now: Date; seed: number; bookings: readonly SimBooking[] }): DemoSurvey[] {
  const { now, seed, bookings } = opts;
  const rng = (label: string) => forkRng(seed, `survey:${label}`);
  const today = localDateOf(now, TZ);
  const past = [
    wittenberge(rng('wittenberge')),
    diessenCitizens(rng('diessen-2022')),
    dippoldiswalde(rng('dippoldiswalde')),
    oestrichWinkel(rng('oestrich-winkel'), bookings, now),
  ].filter((s): s is DemoSurvey => s !== null && s.closesOn !== null && s.closesOn < today);
  return [...past, diessenNow(rng('diessen-now'), bookings, now)];
}

/** Inserts the surveys and their responses (in batches); `spaceId` maps a space's key to its id. */
export async function writeDemoSurveys(
  tx: Tx,
  demo: readonly DemoSurvey[],
  spaceId: (key: string) => string,
): Promise<void> {
  if (demo.length === 0) return;
  const ids = demo.map(() => randomUUID());
  await tx.insert(surveys).values(
    demo.map((s, i) => ({
      id: ids[i]!,
      title: s.title,
      town: s.town,
      spaceId: s.spaceKey === null ? null : spaceId(s.spaceKey),
      intro: s.intro,
      language: s.language,
      template: s.template,
      questions: s.questions,
      closesOn: s.closesOn,
      status: s.status,
      createdAt: s.createdAt,
      updatedAt: s.status === 'closed' && s.closesOn ? localInstant(addDays(s.closesOn, 1), 9 * 60, TZ) : s.createdAt,
    })),
  );
  const rows = demo.flatMap((s, i) =>
    s.responses.map((r) => ({ surveyId: ids[i]!, answers: r.answers, submittedOn: r.submittedOn })),
  );
  for (let i = 0; i < rows.length; i += RESPONSE_CHUNK)
    await tx.insert(surveyResponses).values(rows.slice(i, i + RESPONSE_CHUNK));
}
