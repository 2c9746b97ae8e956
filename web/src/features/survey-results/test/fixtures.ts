/** A commuter survey and its results, as the API sends them (for the component tests). */
import type { Survey, SurveyResults } from '@popdesk/shared';

export const aSurvey = (over: Partial<Survey> = {}): Survey => ({
  id: 's1',
  title: 'Pendlerumfrage Wittenberge',
  town: 'Wittenberge',
  spaceId: 'wb',
  intro: null,
  questions: [
    { id: 'dest', kind: 'single', text: 'Wohin pendeln Sie?', options: ['Hamburg', 'Berlin', 'Schwerin'] },
    { id: 'need', kind: 'multi', text: 'Was brauchen Sie?', options: ['Ruhe', 'WLAN: schnell'] },
    { id: 'km', kind: 'number', text: 'Wie weit (einfach)?', unit: 'km' },
    { id: 'use', kind: 'scale', text: 'Würden Sie einen Raum vor Ort nutzen?' },
    { id: 'pay', kind: 'number', text: 'Was würden Sie am Tag zahlen?', unit: '€' },
    { id: 'note', kind: 'text', text: 'Anmerkungen' },
  ],
  closesOn: '2024-06-30',
  status: 'open',
  responses: 40,
  language: 'de',
  template: 'commuter',
  spaceName: 'Bahnhofsbüro',
  url: 'https://popdesk.example/umfrage/s1',
  createdAt: '2024-05-02T08:00:00.000Z',
  ...over,
});

export const someResults = (over: Partial<SurveyResults> = {}): SurveyResults => ({
  surveyId: 's1',
  responses: 40,
  filters: [],
  questions: [
    {
      id: 'dest',
      kind: 'single',
      text: 'Wohin pendeln Sie?',
      n: 40,
      counts: [
        { option: 'Hamburg', n: 25 },
        { option: 'Berlin', n: 13 },
        { option: 'Schwerin', n: null, folded: true },
      ],
    },
    {
      id: 'need',
      kind: 'multi',
      text: 'Was brauchen Sie?',
      n: 30,
      counts: [
        { option: 'Ruhe', n: 20 },
        { option: 'WLAN: schnell', n: 0 },
      ],
    },
    { id: 'km', kind: 'number', text: 'Wie weit (einfach)?', n: 38, mean: 112.5, median: 98 },
    {
      id: 'use',
      kind: 'scale',
      text: 'Würden Sie einen Raum vor Ort nutzen?',
      n: 40,
      counts: ['1', '2', '3', '4', '5'].map((option, i) => ({ option, n: [3, 4, 8, 10, 15][i]! })),
      mean: 3.7,
      median: 4,
    },
    { id: 'pay', kind: 'number', text: 'Was würden Sie am Tag zahlen?', n: 2, mean: null, median: null, folded: true },
    { id: 'note', kind: 'text', text: 'Anmerkungen', n: 7, texts: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] },
  ],
  ...over,
});
