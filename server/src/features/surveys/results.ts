/**
 * A survey's results from its responses' answers (contract, "Surveys"): per question how many
 * answered it, the count of each option, mean and median of numbers and scales, the free texts.
 * Nobody may be singled out: a count of 1 or 2 is folded (`n: null, folded: true`), a mean or
 * median resting on fewer than 3 answers is hidden, and a filter that leaves 1 or 2 responses is
 * refused (their count, and everything they answered, would undo the folding).
 */
import {
  SURVEY_FOLD_BELOW,
  type AnswerValue,
  type Question,
  type QuestionResult,
  type SurveyResults,
} from '@popdesk/shared';
import { businessRule, badRequest } from '../../lib/problems.js';
import { roundHalfUp } from '../../lib/spreadsheet-cells.js';
import { foldCount } from './folding.js';

/** One response's answers as stored (normalised: blanks dropped). */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export interface AnswerFilter {
  questionId: string;
  option: string;
}

export interface ResultsOptions {
  /** The free texts are for the survey's managers only (contract); analysts get none. */
  withTexts: boolean;
  /** How the free texts are sorted (the survey's language). */
  locale: string;
}

/** The options a question is counted (and filtered) by: its own, or "1".."5" for a scale. */
export const SCALE_OPTIONS: readonly string[] = ['1', '2', '3', '4', '5'];
export const countedOptions = (q: Question): readonly string[] | null =>
  q.kind === 'single' || q.kind === 'multi' ? (q.options ?? []) : q.kind === 'scale' ? SCALE_OPTIONS : null;

const filterPath = 'querystring.filter';
const refuse = (detail: string) => badRequest(detail, [{ path: filterPath, message: detail }]);

/**
 * `<questionId>:<option>` (the id cannot hold a colon, the option may) → filters; 400 for a
 * filter that names no question of this survey, a number or text question, or no option of it.
 */
export function parseFilters(questions: readonly Question[], raw: readonly string[]): AnswerFilter[] {
  return raw.map((text) => {
    const colon = text.indexOf(':');
    if (colon <= 0) throw refuse(`Filter "${text}" must read <questionId>:<option>.`);
    const questionId = text.slice(0, colon);
    const option = text.slice(colon + 1);
    const q = questions.find((x) => x.id === questionId);
    if (!q) throw refuse(`Filter "${text}": this survey has no question "${questionId}".`);
    const options = countedOptions(q);
    if (!options)
      throw refuse(
        `Filter "${text}": only single, multi and scale questions filter; "${questionId}" is a ${q.kind} question.`,
      );
    if (!options.includes(option))
      throw refuse(`Filter "${text}": "${option}" is not an option of question "${questionId}".`);
    return { questionId, option };
  });
}

/** The option(s) a response chose for a counted question ([] when it did not answer). */
function chosen(q: Question, value: AnswerValue | undefined): string[] {
  if (q.kind === 'single') return typeof value === 'string' && q.options?.includes(value) ? [value] : [];
  if (q.kind === 'multi') return Array.isArray(value) ? value.filter((o) => q.options?.includes(o)) : [];
  if (q.kind === 'scale')
    return typeof value === 'number' && SCALE_OPTIONS.includes(String(value)) ? [String(value)] : [];
  return [];
}

const matches = (questions: readonly Question[], answers: Answers, filters: readonly AnswerFilter[]) =>
  filters.every((f) => {
    const q = questions.find((x) => x.id === f.questionId)!;
    return chosen(q, answers[q.id]).includes(f.option);
  });

export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Mean and median (2 decimals), or both null and `folded` below 3 values. */
function centre(values: number[]): Pick<QuestionResult, 'mean' | 'median' | 'folded'> {
  if (values.length < SURVEY_FOLD_BELOW) return { mean: null, median: null, folded: true };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return { mean: roundHalfUp(mean, 2), median: roundHalfUp(median(sorted), 2) };
}

function questionResult(q: Question, answers: readonly Answers[], opts: ResultsOptions): QuestionResult {
  const base = { id: q.id, kind: q.kind, text: q.text };
  const options = countedOptions(q);
  if (options) {
    const picks = answers.map((a) => chosen(q, a[q.id])).filter((c) => c.length > 0);
    // the contract's folding, option by option (docs/surveys.md says why no second count is folded here)
    const counts = options.map((o) => foldCount(o, picks.filter((c) => c.includes(o)).length));
    if (q.kind !== 'scale') return { ...base, n: picks.length, counts };
    return { ...base, n: picks.length, counts, ...centre(picks.map((c) => Number(c[0]))) };
  }
  if (q.kind === 'number') {
    const values = answers.map((a) => a[q.id]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return { ...base, n: values.length, ...centre(values) };
  }
  const texts = answers.map((a) => a[q.id]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!opts.withTexts) return { ...base, n: texts.length };
  const collator = new Intl.Collator(opts.locale);
  return { ...base, n: texts.length, texts: [...texts].sort(collator.compare) };
}

/**
 * The results of the responses that gave every filter (`<questionId>:<option>`, a multi question's
 * answer containing the option). 400 for a filter that does not fit the questions; 422
 * `too-few-responses` when the filters leave 1 or 2 responses.
 */
export function computeResults(
  questions: readonly Question[],
  answers: readonly Answers[],
  rawFilters: readonly string[],
  opts: ResultsOptions,
): Omit<SurveyResults, 'surveyId'> {
  const filters = parseFilters(questions, rawFilters);
  const matching = filters.length ? answers.filter((a) => matches(questions, a, filters)) : answers;
  if (filters.length && matching.length > 0 && matching.length < SURVEY_FOLD_BELOW)
    throw businessRule(
      'too-few-responses',
      'Too few responses',
      `Fewer than ${SURVEY_FOLD_BELOW} responses gave these answers; showing them could single people out.`,
    );
  return {
    responses: matching.length,
    questions: questions.map((q) => questionResult(q, matching, opts)),
    filters,
  };
}
