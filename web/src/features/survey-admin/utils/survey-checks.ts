/**
 * What is wrong with a draft, by the path of the field it is about (`/title`, `/questions/2/text`,
 * `/questions/2/options/1`): the builder's own checks of what must be filled in, then the shared
 * question rules (checkQuestions), the same the server applies. A server's 400/409/422 answer is
 * turned into the same shape, so every problem shows at its field.
 */
import {
  checkQuestions,
  NAME_MAX,
  SURVEY_INTRO_MAX,
  SURVEY_OPTION_MAX,
  SURVEY_OPTIONS_MAX,
  SURVEY_QUESTION_TEXT_MAX,
  SURVEY_QUESTIONS_MAX,
  SURVEY_TITLE_MAX,
  type SurveyRuleCode,
} from '@popdesk/shared';
import { isApiError } from '../../../lib/api-client';
import { isValidDate } from '../../../lib/dates';
import { isChoice, toQuestions, type SurveyDraft } from './survey-draft';

/** Codes with their own text (`surveyAdmin.errors.<code>`); anything else shows the server's words. */
export const ERROR_CODES = [
  'required',
  'tooLong',
  'date',
  'notANumber',
  'noQuestions',
  'tooManyQuestions',
  'tooFewOptions',
  'tooManyOptions',
  'duplicate-id',
  'duplicate-option',
  'options-needed',
  'options-not-allowed',
  'range-not-allowed',
  'min-above-max',
  'measure-kind',
  'duplicate-measure',
  'survey-has-responses',
  'survey-town-mismatch',
  'survey-closes-on-past',
] as const;
export type SurveyErrorCode = (typeof ERROR_CODES)[number];

export interface SurveyError {
  code: SurveyErrorCode | 'server';
  /** the server's own words, for codes without a text of ours */
  message?: string;
}
export type SurveyErrors = Record<string, SurveyError>;

const isKnown = (code: unknown): code is SurveyErrorCode => ERROR_CODES.includes(code as SurveyErrorCode);

/** Everything wrong with the draft (empty: it may be sent); `withQuestions` false once answered. */
export function checkDraft(d: SurveyDraft, withQuestions = true): SurveyErrors {
  const e: SurveyErrors = {};
  const need = (path: string, value: string, max: number) => {
    if (!value.trim()) e[path] = { code: 'required' };
    else if (value.trim().length > max) e[path] = { code: 'tooLong' };
  };
  need('/title', d.title, SURVEY_TITLE_MAX);
  need('/town', d.town, NAME_MAX);
  if (d.intro.trim().length > SURVEY_INTRO_MAX) e['/intro'] = { code: 'tooLong' };
  if (d.closesOn && !isValidDate(d.closesOn)) e['/closesOn'] = { code: 'date' };
  if (!withQuestions) return e;
  if (d.questions.length === 0) e['/questions'] = { code: 'noQuestions' };
  if (d.questions.length > SURVEY_QUESTIONS_MAX) e['/questions'] = { code: 'tooManyQuestions' };
  let blanks = false;
  d.questions.forEach((q, i) => {
    const at = `/questions/${i}`;
    need(`${at}/text`, q.text, SURVEY_QUESTION_TEXT_MAX);
    if (q.help.trim().length > SURVEY_QUESTION_TEXT_MAX) e[`${at}/help`] = { code: 'tooLong' };
    if (isChoice(q.kind)) {
      if (q.options.length < 2) e[`${at}/options`] = { code: 'tooFewOptions' };
      if (q.options.length > SURVEY_OPTIONS_MAX) e[`${at}/options`] = { code: 'tooManyOptions' };
      q.options.forEach((o, j) => {
        need(`${at}/options/${j}`, o.text, SURVEY_OPTION_MAX);
        blanks ||= !o.text.trim();
      });
    }
    if (q.kind === 'number')
      for (const f of ['min', 'max'] as const)
        if (q[f].trim() && !Number.isFinite(Number(q[f].replace(',', '.')))) e[`${at}/${f}`] = { code: 'notANumber' };
  });
  // the shared rules, where the draft's own checks left the path free (blank options all look alike)
  for (const p of checkQuestions(toQuestions(d.questions)))
    if (!e[p.path] && !(blanks && p.code === 'duplicate-option'))
      e[p.path] = isKnown(p.code) ? { code: p.code } : { code: 'server', message: p.message };
  return e;
}

/** `body.questions.0.text` (schema errors) or `/questions/0/text` (rule errors) → `/questions/0/text`. */
export function normalisePath(path: string): string {
  const p = path.replace(/^body(?=[./]|$)/, '').replace(/\./g, '/');
  return p.startsWith('/') ? p : `/${p}`;
}

/** A server's answer as problems at fields; null when it is about no field (shown above the form). */
export function serverErrors(error: unknown): SurveyErrors | null {
  if (!isApiError(error)) return null;
  if (error.slug === 'survey-has-responses') return { '/questions': { code: 'survey-has-responses' } };
  if (error.slug === 'survey-town-mismatch') return { '/town': { code: 'survey-town-mismatch' } };
  if (error.slug === 'survey-closes-on-past') return { '/closesOn': { code: 'survey-closes-on-past' } };
  const list = error.problem.errors as { path: string; message: string; code?: SurveyRuleCode }[] | undefined;
  if (![400, 422].includes(error.status) || !list?.length) return null;
  const out: SurveyErrors = {};
  for (const item of list)
    out[normalisePath(item.path)] = isKnown(item.code)
      ? { code: item.code }
      : { code: 'server', message: item.message };
  return out;
}

/** The problems of question `i` not shown at one of its fields (its id, its measure …). */
export function questionLevelErrors(errors: SurveyErrors, i: number, shownAt: readonly string[]): SurveyError[] {
  const at = `/questions/${i}`;
  return Object.entries(errors)
    .filter(([path]) => (path === at || path.startsWith(`${at}/`)) && !shownAt.includes(path.slice(at.length)))
    .filter(([path]) => !/\/options\/\d+$/.test(path))
    .map(([, e]) => e);
}
