/**
 * Answer filters as the address and the API write them: `<questionId>:<option>` (the id never holds a
 * colon, the option may). At most SURVEY_FILTERS_MAX, each question at most once with each option.
 */
import { SURVEY_FILTERS_MAX, type Question } from '@popdesk/shared';

export interface AnswerFilter {
  questionId: string;
  option: string;
}

/** The kinds a filter can choose an answer of. */
export const FILTERABLE = new Set<Question['kind']>(['single', 'multi', 'scale']);

export const SCALE_OPTIONS = ['1', '2', '3', '4', '5'];

export const formatFilter = (f: AnswerFilter) => `${f.questionId}:${f.option}`;

export function parseFilter(value: string): AnswerFilter | null {
  const at = value.indexOf(':');
  if (at <= 0 || at === value.length - 1) return null;
  return { questionId: value.slice(0, at), option: value.slice(at + 1) };
}

/** The options a question's filter offers (a scale's five points). */
export const filterOptions = (q: Question): string[] => (q.kind === 'scale' ? SCALE_OPTIONS : (q.options ?? []));

const same = (a: AnswerFilter, b: AnswerFilter) => a.questionId === b.questionId && a.option === b.option;

/**
 * The filters of the address that fit the survey's questions, without repeats, at most the maximum:
 * an old or hand-edited link shows the results it can rather than an error.
 */
export function validFilters(values: string[], questions: Question[]): AnswerFilter[] {
  const out: AnswerFilter[] = [];
  for (const value of values) {
    const f = parseFilter(value);
    const q = f && questions.find((x) => x.id === f.questionId);
    if (!f || !q || !FILTERABLE.has(q.kind) || !filterOptions(q).includes(f.option)) continue;
    if (out.some((o) => same(o, f))) continue;
    out.push(f);
    if (out.length === SURVEY_FILTERS_MAX) break;
  }
  return out;
}

/** The query string of results and their downloads: `filter=q1%3AHamburg&filter=…`. */
export function filterQuery(filters: AnswerFilter[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const f of filters) params.append('filter', formatFilter(f));
  return params;
}

export const hasFilter = (filters: AnswerFilter[], f: AnswerFilter) => filters.some((o) => same(o, f));
