/**
 * A survey as the builder holds it: texts as typed, every question with a stable React key, and the
 * options, range and measure of a question kept when its kind changes (so switching back loses
 * nothing); what is sent is only what the kind takes (`toQuestions`).
 */
import {
  MEASURE_KINDS,
  type CreateSurveyBody,
  type Question,
  type QuestionKind,
  type QuestionMeasure,
  type Survey,
  type SurveyLanguage,
  type SurveyTemplate,
  type SurveyTemplateId,
  type UpdateSurveyBody,
} from '@popdesk/shared';

export interface OptionDraft {
  key: string;
  text: string;
}

export interface QuestionDraft {
  key: string;
  id: string;
  kind: QuestionKind;
  text: string;
  help: string;
  required: boolean;
  options: OptionDraft[];
  min: string;
  max: string;
  unit: string;
  /** kept from a template; sent only while the kind fits it */
  measure?: QuestionMeasure;
}

export interface SurveyDraft {
  title: string;
  town: string;
  spaceId: string;
  language: SurveyLanguage;
  intro: string;
  closesOn: string;
  template: SurveyTemplateId | null;
  questions: QuestionDraft[];
}

export const isChoice = (kind: QuestionKind) => kind === 'single' || kind === 'multi';
export const measureFits = (q: Pick<QuestionDraft, 'kind' | 'measure'>) =>
  !!q.measure && MEASURE_KINDS[q.measure] === q.kind;

let seq = 0;
/** A key for React lists and element ids; never sent. */
export const newKey = () => `k${++seq}`;

const optionDrafts = (options: readonly string[] = []) => options.map((text) => ({ key: newKey(), text }));

/** The first free `q<n>` among the ids in use. */
export function freeQuestionId(questions: readonly { id: string }[]): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

export function newQuestion(questions: readonly QuestionDraft[], kind: QuestionKind = 'single'): QuestionDraft {
  return {
    key: newKey(),
    id: freeQuestionId(questions),
    kind,
    text: '',
    help: '',
    required: false,
    options: isChoice(kind) ? optionDrafts(['', '']) : [],
    min: '',
    max: '',
    unit: '',
  };
}

export function questionDraft(q: Question): QuestionDraft {
  return {
    key: newKey(),
    id: q.id,
    kind: q.kind,
    text: q.text,
    help: q.help ?? '',
    required: q.required ?? false,
    options: optionDrafts(q.options),
    min: q.min === undefined ? '' : String(q.min),
    max: q.max === undefined ? '' : String(q.max),
    unit: q.unit ?? '',
    measure: q.measure,
  };
}

export const emptyDraft = (language: SurveyLanguage, town = '', spaceId = ''): SurveyDraft => ({
  title: '',
  town,
  spaceId,
  language,
  intro: '',
  closesOn: '',
  template: null,
  questions: [newQuestion([])],
});

/** A template's title, intro and questions (ids and measures kept) over the place already chosen. */
export const draftFromTemplate = (t: SurveyTemplate, place: Pick<SurveyDraft, 'town' | 'spaceId' | 'closesOn'>) => ({
  ...place,
  title: t.title,
  intro: t.intro,
  language: t.language,
  template: t.id,
  questions: t.questions.map(questionDraft),
});

export const draftFromSurvey = (s: Survey): SurveyDraft => ({
  title: s.title,
  town: s.town,
  spaceId: s.spaceId ?? '',
  language: s.language,
  intro: s.intro ?? '',
  closesOn: s.closesOn ?? '',
  template: s.template,
  questions: s.questions.map(questionDraft),
});

/** A number field's value, or undefined when empty (NaN when it is no number: the checks say so). */
const numberOf = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

/** The questions as the API takes them: only what each kind has. */
export function toQuestions(questions: readonly QuestionDraft[]): Question[] {
  return questions.map((d) => {
    const q: Question = { id: d.id, kind: d.kind, text: d.text.trim() };
    if (d.help.trim()) q.help = d.help.trim();
    if (d.required) q.required = true;
    if (isChoice(d.kind)) q.options = d.options.map((o) => o.text.trim());
    if (d.kind === 'number') {
      const min = numberOf(d.min);
      const max = numberOf(d.max);
      if (min !== undefined) q.min = min;
      if (max !== undefined) q.max = max;
      if (d.unit.trim()) q.unit = d.unit.trim();
    }
    if (measureFits(d)) q.measure = d.measure;
    return q;
  });
}

export function createBody(d: SurveyDraft): CreateSurveyBody {
  return {
    title: d.title.trim(),
    town: d.town.trim(),
    spaceId: d.spaceId || null,
    intro: d.intro.trim() || null,
    questions: toQuestions(d.questions),
    closesOn: d.closesOn || null,
    language: d.language,
    template: d.template,
  };
}

/** What differs from the saved survey (questions only when `withQuestions`: none once answered). */
export function changedFields(d: SurveyDraft, s: Survey, withQuestions: boolean): UpdateSurveyBody {
  const next = createBody(d);
  const body: UpdateSurveyBody = {};
  if (next.title !== s.title) body.title = next.title;
  if ((next.intro ?? null) !== (s.intro ?? null)) body.intro = next.intro;
  if ((next.closesOn ?? null) !== (s.closesOn ?? null)) body.closesOn = next.closesOn;
  if (withQuestions && JSON.stringify(next.questions) !== JSON.stringify(toQuestions(s.questions.map(questionDraft))))
    body.questions = next.questions;
  return body;
}
