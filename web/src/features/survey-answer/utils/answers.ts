/**
 * What the form holds (drafts as typed) and what the API takes (answers): the one conversion
 * between them, so that checking before sending and sending see the same values.
 */
import type { AnswerValue, Question, SurveyRuleProblem } from '@popdesk/shared';

/** A choice, a scale point, a text or a number as typed; the options ticked of a multi question. */
export type Draft = string | string[];
export type Drafts = Readonly<Record<string, Draft | undefined>>;

/** A number field whose text the browser cannot read as a number (`validity.badInput`). */
export const NOT_A_NUMBER = '\u0000not-a-number';

function toNumber(text: string): AnswerValue {
  if (text === NOT_A_NUMBER) return text; // a string: checkAnswers says "must be a number"
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : text;
}

/** The answers to send: blanks left out, numbers and scale points as numbers. */
export function toAnswers(questions: readonly Question[], drafts: Drafts): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const d = drafts[q.id];
    if (d === undefined || (Array.isArray(d) ? d.length === 0 : d.trim() === '')) continue;
    if (Array.isArray(d)) answers[q.id] = d;
    else if (q.kind === 'number' || q.kind === 'scale') answers[q.id] = toNumber(d.trim());
    else answers[q.id] = d;
  }
  return answers;
}

/** The question a problem is about (`/answers/<id>`), or null for one about no question here. */
export function problemQuestionId(problem: Pick<SurveyRuleProblem, 'path'>): string | null {
  const m = /^\/answers\/([^/]+)$/.exec(problem.path);
  return m ? m[1]! : null;
}

/** Where the error summary's link leads: the field, or a group's first option. */
export const fieldId = (q: Pick<Question, 'id' | 'kind'>) =>
  q.kind === 'number' || q.kind === 'text' ? `q-${q.id}` : `q-${q.id}-0`;
