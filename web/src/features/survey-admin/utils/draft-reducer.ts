/**
 * Every change the builder makes to a draft, as one pure reducer: fields, questions (add, remove,
 * move, change kind) and options (add, remove, move). `edited` says whether anything was typed since
 * a template was loaded (then changing the language no longer reloads the template).
 */
import type { QuestionKind, SurveyTemplate } from '@popdesk/shared';
import { draftFromTemplate, isChoice, newKey, newQuestion, type QuestionDraft, type SurveyDraft } from './survey-draft';

export interface DraftState {
  draft: SurveyDraft;
  edited: boolean;
}

type DraftField = 'title' | 'town' | 'spaceId' | 'language' | 'intro' | 'closesOn';
type QuestionField = 'text' | 'help' | 'required' | 'min' | 'max' | 'unit';

export type DraftAction =
  | { type: 'field'; field: DraftField; value: string }
  | { type: 'place'; town: string; spaceId: string }
  | { type: 'template'; template: SurveyTemplate; unlessEdited?: boolean }
  | { type: 'question'; index: number; field: QuestionField; value: string | boolean }
  | { type: 'kind'; index: number; kind: QuestionKind }
  | { type: 'addQuestion'; question?: QuestionDraft }
  | { type: 'removeQuestion'; index: number }
  | { type: 'moveQuestion'; index: number; by: -1 | 1 }
  | { type: 'option'; index: number; option: number; value: string }
  | { type: 'addOption'; index: number; key?: string }
  | { type: 'removeOption'; index: number; option: number }
  | { type: 'moveOption'; index: number; option: number; by: -1 | 1 };

/** A copy of `list` with the item at `i` moved by one place (unchanged at the ends). */
export function move<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

const without = <T>(list: readonly T[], i: number) => list.filter((_, k) => k !== i);

function mapQuestion(d: SurveyDraft, index: number, f: (q: QuestionDraft) => QuestionDraft): SurveyDraft {
  return { ...d, questions: d.questions.map((q, i) => (i === index ? f(q) : q)) };
}

function apply(d: SurveyDraft, a: DraftAction): SurveyDraft {
  switch (a.type) {
    case 'field':
      return { ...d, [a.field]: a.value };
    case 'place':
      return { ...d, town: a.town, spaceId: a.spaceId };
    case 'template':
      return draftFromTemplate(a.template, d);
    case 'question':
      return mapQuestion(d, a.index, (q) => ({ ...q, [a.field]: a.value }));
    case 'kind':
      return mapQuestion(d, a.index, (q) => ({
        ...q,
        kind: a.kind,
        // a choice needs two options to start with; the ones typed before stay
        options:
          isChoice(a.kind) && q.options.length < 2
            ? [...q.options, ...Array.from({ length: 2 - q.options.length }, () => ({ key: newKey(), text: '' }))]
            : q.options,
      }));
    case 'addQuestion':
      return { ...d, questions: [...d.questions, a.question ?? newQuestion(d.questions)] };
    case 'removeQuestion':
      return { ...d, questions: without(d.questions, a.index) };
    case 'moveQuestion':
      return { ...d, questions: move(d.questions, a.index, a.by) };
    case 'option':
      return mapQuestion(d, a.index, (q) => ({
        ...q,
        options: q.options.map((o, j) => (j === a.option ? { ...o, text: a.value } : o)),
      }));
    case 'addOption':
      return mapQuestion(d, a.index, (q) => ({ ...q, options: [...q.options, { key: a.key ?? newKey(), text: '' }] }));
    case 'removeOption':
      return mapQuestion(d, a.index, (q) => ({ ...q, options: without(q.options, a.option) }));
    case 'moveOption':
      return mapQuestion(d, a.index, (q) => ({ ...q, options: move(q.options, a.option, a.by) }));
  }
}

/** Changes of the place or the language are not edits of the template's words. */
const keepsTemplate = (a: DraftAction) =>
  a.type === 'template' ||
  a.type === 'place' ||
  (a.type === 'field' && ['town', 'spaceId', 'language', 'closesOn'].includes(a.field));

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  if (action.type === 'template' && action.unlessEdited && state.edited) return state;
  return {
    draft: apply(state.draft, action),
    edited: action.type === 'template' ? false : state.edited || !keepsTemplate(action),
  };
}
