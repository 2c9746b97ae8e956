/**
 * A survey's results as files for people: CSV (German Excel: `;`, decimal comma; English: `,`;
 * both with a UTF-8 byte order mark) and an xlsx workbook. Only the aggregated results, as the
 * JSON has them, never a response's row: that would undo the folding. Folded counts and means read
 * "< 3"; free texts (managers only) come in a section, or a sheet, of their own. Every text goes
 * through the formula escaping of lib/spreadsheet-cells.ts: an option called `=HYPERLINK(…)`
 * stays text.
 */
import type { Cell, Row, Sheet } from 'write-excel-file/node';
import type { QuestionResult, SurveyResults } from '@popdesk/shared';
import { roundHalfUp, safeText, writeCsv, xlsxWorkbook } from '../../lib/spreadsheet-cells.js';

export type ExportLocale = 'de' | 'en';

/** What the file says about the survey above its table. */
export interface ResultsHeading {
  title: string;
  town: string;
  /** `YYYY-MM-DD`, the survey's local day the file was made */
  date: string;
  /** question text by id, to name the filters */
  questionTexts: ReadonlyMap<string, string>;
}

const LABELS = {
  de: {
    survey: 'Umfrage',
    town: 'Ort',
    responses: 'Antworten',
    filters: 'Filter',
    noFilter: 'keiner',
    date: 'Stand',
    question: 'Frage',
    option: 'Antwort',
    count: 'Anzahl',
    share: 'Anteil',
    mean: 'Mittelwert',
    median: 'Median',
    answered: 'beantwortet',
    text: 'Freitext',
    results: 'Ergebnisse',
    texts: 'Freitexte',
    note: 'Hinweis',
    folding:
      'Anzahlen von 1 oder 2 Personen sowie Mittelwerte und Mediane aus weniger als 3 Antworten stehen als „< 3“, damit niemand erkennbar ist. Der Anteil bezieht sich auf die Personen, die die Frage beantwortet haben.',
  },
  en: {
    survey: 'Survey',
    town: 'Town',
    responses: 'Responses',
    filters: 'Filters',
    noFilter: 'none',
    date: 'As of',
    question: 'Question',
    option: 'Answer',
    count: 'Count',
    share: 'Share',
    mean: 'Mean',
    median: 'Median',
    answered: 'answered',
    text: 'Free text',
    results: 'Results',
    texts: 'Free texts',
    note: 'Note',
    folding:
      'Counts of 1 or 2 people, and means and medians of fewer than 3 answers, read "< 3" so that nobody can be singled out. The share is of the people who answered the question.',
  },
} as const;

export const FOLDED = '< 3';

/** A result table's row: counts and shares as numbers, or FOLDED; empty cells as null. */
interface TableRow {
  question: string;
  option: string;
  count: number | typeof FOLDED;
  share: number | null;
  mean: number | typeof FOLDED | null;
  median: number | typeof FOLDED | null;
}

/** Per question a row of how many answered it (with mean and median), then a row per option. */
function tableRows(results: Pick<SurveyResults, 'questions'>, locale: ExportLocale): TableRow[] {
  const l = LABELS[locale];
  const rows: TableRow[] = [];
  const centre = (q: QuestionResult, key: 'mean' | 'median') =>
    q.kind !== 'number' && q.kind !== 'scale' ? null : q.folded ? FOLDED : (q[key] ?? null);
  for (const q of results.questions) {
    rows.push({
      question: q.text,
      option: `(${l.answered})`,
      count: q.n,
      share: null,
      mean: centre(q, 'mean'),
      median: centre(q, 'median'),
    });
    for (const c of q.counts ?? [])
      rows.push({
        question: q.text,
        option: c.option,
        count: c.n ?? FOLDED,
        share: c.n === null ? null : q.n > 0 ? c.n / q.n : 0,
        mean: null,
        median: null,
      });
  }
  return rows;
}

const textRows = (results: Pick<SurveyResults, 'questions'>) =>
  results.questions.flatMap((q) => (q.texts ?? []).map((t) => [q.text, t] as const));

const filterText = (results: Pick<SurveyResults, 'filters'>, heading: ResultsHeading, locale: ExportLocale) =>
  results.filters.length === 0
    ? LABELS[locale].noFilter
    : results.filters.map((f) => `${heading.questionTexts.get(f.questionId) ?? f.questionId}: ${f.option}`).join('; ');

const headingRows = (
  results: Pick<SurveyResults, 'responses' | 'filters'>,
  heading: ResultsHeading,
  locale: ExportLocale,
): [string, string | number][] => {
  const l = LABELS[locale];
  return [
    [l.survey, heading.title],
    [l.town, heading.town],
    [l.responses, results.responses],
    [l.filters, filterText(results, heading, locale)],
    [l.date, heading.date],
  ];
};

// ---- CSV ------------------------------------------------------------------------------------

function decimal(x: number, locale: ExportLocale): string {
  const s = String(roundHalfUp(x, 2));
  return locale === 'de' ? s.replace('.', ',') : s;
}

function percent(share: number, locale: ExportLocale): string {
  const s = roundHalfUp(share * 100, 1).toFixed(1);
  return locale === 'de' ? `${s.replace('.', ',')} %` : `${s}%`;
}

const csvCell = (v: number | string | null, locale: ExportLocale) =>
  v === null ? '' : typeof v === 'number' ? decimal(v, locale) : v;

export function resultsCsv(results: SurveyResults, heading: ResultsHeading, locale: ExportLocale): string {
  const l = LABELS[locale];
  const records: string[][] = headingRows(results, heading, locale).map(([k, v]) => [k, csvCell(v, locale)]);
  records.push([], [l.question, l.option, l.count, l.share, l.mean, l.median]);
  for (const r of tableRows(results, locale))
    records.push([
      r.question,
      r.option,
      csvCell(r.count, locale),
      r.share === null ? '' : percent(r.share, locale),
      csvCell(r.mean, locale),
      csvCell(r.median, locale),
    ]);
  const texts = textRows(results);
  if (texts.length > 0) records.push([], [l.question, l.text], ...texts.map(([q, t]) => [q, t]));
  records.push([], [l.note, l.folding]);
  return writeCsv(records, { delimiter: locale === 'de' ? ';' : ',', bom: true });
}

// ---- xlsx -----------------------------------------------------------------------------------

const text = (value: string, bold = false): Cell => ({
  value: safeText(value),
  type: String,
  ...(bold ? { fontWeight: 'bold' as const } : {}),
});
const number = (value: number, format: string): Cell => ({ value, type: Number, format });
const figure = (v: number | typeof FOLDED | null, format: string): Cell =>
  v === null ? null : v === FOLDED ? text(FOLDED) : number(v, format);

export function resultsXlsx(results: SurveyResults, heading: ResultsHeading, locale: ExportLocale): Promise<Buffer> {
  const l = LABELS[locale];
  const top: Row[] = headingRows(results, heading, locale).map(([k, v]) => [
    text(k, true),
    typeof v === 'number' ? number(v, '0') : text(v),
  ]);
  const table: Row[] = tableRows(results, locale).map((r) => [
    text(r.question),
    text(r.option),
    figure(r.count, '0'),
    r.share === null ? null : number(r.share, '0.0%'),
    figure(r.mean, '0.00'),
    figure(r.median, '0.00'),
  ]);
  const sheets: Sheet<Buffer>[] = [
    {
      sheet: l.results,
      data: [
        ...top,
        [],
        [l.question, l.option, l.count, l.share, l.mean, l.median].map((t) => text(t, true)),
        ...table,
        [],
        [text(l.note, true), text(l.folding)],
      ],
      columns: [{ width: 48 }, { width: 32 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 10 }],
    },
  ];
  const texts = textRows(results);
  if (texts.length > 0)
    sheets.push({
      sheet: l.texts,
      data: [[text(l.question, true), text(l.text, true)], ...texts.map(([q, t]): Row => [text(q), text(t)])],
      columns: [{ width: 48 }, { width: 100 }],
      stickyRowsCount: 1,
    });
  return xlsxWorkbook(sheets);
}
