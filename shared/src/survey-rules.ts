/**
 * The rules of a survey's questions and of an answer to them, in one place: the server refuses
 * what breaks them (400 for a question set, 422 for answers), the web form checks them as people
 * type. Each problem names its path (`/questions/2/options`, `/answers/destination`) and a code the
 * web translates.
 */
import { MULTILINE_PATTERN } from './primitives.js';
import { SURVEY_TEXT_ANSWER_MAX } from './limits.js';
import type { AnswerValue, Question, QuestionKind, QuestionMeasure } from './surveys.js';

export type SurveyRuleCode =
  | 'duplicate-id'
  | 'duplicate-option'
  | 'options-needed'
  | 'options-not-allowed'
  | 'range-not-allowed'
  | 'min-above-max'
  | 'measure-kind'
  | 'duplicate-measure'
  | 'unknown-question'
  | 'required'
  | 'wrong-type'
  | 'not-an-option'
  | 'out-of-range'
  | 'not-an-integer'
  | 'too-long'
  | 'control-characters';

export interface SurveyRuleProblem {
  path: string;
  message: string;
  code: SurveyRuleCode;
}

const CHOICE: readonly QuestionKind[] = ['single', 'multi'];
/** The kind of question each measure has to be. */
export const MEASURE_KINDS: Readonly<Record<string, QuestionKind>> = {
  // (typed by string: docs.ts looks at every shared export as a possible schema)
  commuteKmAvoided: 'number',
  satisfaction: 'scale',
  willingnessToPay: 'number',
};
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
const multiline = new RegExp(MULTILINE_PATTERN);

/** What is wrong with a question set beyond its schema (ids, options, ranges, measures). */
export function checkQuestions(questions: readonly Question[]): SurveyRuleProblem[] {
  const problems: SurveyRuleProblem[] = [];
  const ids = new Set<string>();
  const measures = new Set<string>();
  questions.forEach((q, i) => {
    const at = `/questions/${i}`;
    if (ids.has(q.id)) problems.push({ path: `${at}/id`, code: 'duplicate-id', message: `id "${q.id}" is used twice` });
    ids.add(q.id);
    if (CHOICE.includes(q.kind)) {
      if (!q.options) problems.push({ path: `${at}/options`, code: 'options-needed', message: 'needs options' });
      else if (new Set(q.options.map((o) => o.trim().toLowerCase())).size !== q.options.length)
        problems.push({ path: `${at}/options`, code: 'duplicate-option', message: 'options must differ' });
    } else if (q.options)
      problems.push({
        path: `${at}/options`,
        code: 'options-not-allowed',
        message: `a ${q.kind} question has no options`,
      });
    if (q.kind !== 'number' && (q.min !== undefined || q.max !== undefined))
      problems.push({
        path: `${at}/min`,
        code: 'range-not-allowed',
        message: 'only number questions take min and max',
      });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max)
      problems.push({ path: `${at}/min`, code: 'min-above-max', message: 'min must not be above max' });
    if (q.measure) {
      const measure: QuestionMeasure = q.measure;
      if (MEASURE_KINDS[measure] !== q.kind)
        problems.push({
          path: `${at}/measure`,
          code: 'measure-kind',
          message: `${q.measure} needs a ${MEASURE_KINDS[q.measure]} question`,
        });
      if (measures.has(q.measure))
        problems.push({ path: `${at}/measure`, code: 'duplicate-measure', message: `${q.measure} is measured twice` });
      measures.add(q.measure);
    }
  });
  return problems;
}

const isBlank = (v: AnswerValue | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

function checkOne(q: Question, v: AnswerValue, at: string): SurveyRuleProblem | null {
  const wrongType = (what: string): SurveyRuleProblem => ({ path: at, code: 'wrong-type', message: `must be ${what}` });
  switch (q.kind) {
    case 'single':
      if (typeof v !== 'string') return wrongType('one of the options');
      return q.options?.includes(v) ? null : { path: at, code: 'not-an-option', message: 'is not one of the options' };
    case 'multi': {
      if (!Array.isArray(v)) return wrongType('a list of options');
      if (new Set(v).size !== v.length) return { path: at, code: 'duplicate-option', message: 'names an option twice' };
      const stray = v.find((o) => !q.options?.includes(o));
      return stray === undefined
        ? null
        : { path: at, code: 'not-an-option', message: `"${stray}" is not one of the options` };
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType('a number');
      if ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max))
        return { path: at, code: 'out-of-range', message: `must be between ${q.min ?? '…'} and ${q.max ?? '…'}` };
      return null;
    case 'scale':
      if (typeof v !== 'number') return wrongType(`a whole number from ${SCALE_MIN} to ${SCALE_MAX}`);
      if (!Number.isInteger(v)) return { path: at, code: 'not-an-integer', message: 'must be a whole number' };
      return v < SCALE_MIN || v > SCALE_MAX
        ? { path: at, code: 'out-of-range', message: `must be between ${SCALE_MIN} and ${SCALE_MAX}` }
        : null;
    case 'text':
      if (typeof v !== 'string') return wrongType('a text');
      if (v.length > SURVEY_TEXT_ANSWER_MAX)
        return { path: at, code: 'too-long', message: `must be at most ${SURVEY_TEXT_ANSWER_MAX} characters` };
      return multiline.test(v)
        ? null
        : { path: at, code: 'control-characters', message: 'must not contain control characters' };
  }
}

/**
 * What is wrong with a set of answers: unknown questions, missing required ones, and answers that do
 * not fit their question. Blank answers (null, "", []) of optional questions are simply not given.
 */
export function checkAnswers(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerValue | undefined>>,
): SurveyRuleProblem[] {
  const problems: SurveyRuleProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers))
    if (!byId.has(id))
      problems.push({ path: `/answers/${id}`, code: 'unknown-question', message: 'is not a question of this survey' });
  for (const q of questions) {
    const at = `/answers/${q.id}`;
    const v = answers[q.id];
    if (isBlank(v)) {
      if (q.required) problems.push({ path: at, code: 'required', message: 'is required' });
      continue;
    }
    const problem = checkOne(q, v as AnswerValue, at);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The answers as stored: blanks dropped, texts trimmed. Call after checkAnswers found nothing. */
export function normaliseAnswers(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerValue | undefined>>,
): Record<string, Exclude<AnswerValue, null>> {
  const out: Record<string, Exclude<AnswerValue, null>> = {};
  for (const q of questions) {
    const v = answers[q.id];
    if (isBlank(v)) continue;
    out[q.id] = typeof v === 'string' ? v.trim() : (v as Exclude<AnswerValue, null>);
  }
  return out;
}
