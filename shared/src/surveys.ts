/**
 * Surveys: evidence of demand, with or without a space (contract, "Surveys"). A survey belongs to a
 * town and optionally to one space; anyone answers it without an account while it is open, and a
 * response stores nothing but the answers and the day it came in. Results fold counts of 1 or 2.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, LocalDate, MultilineText, Month, Text } from './primitives.js';
import {
  NAME_MAX,
  SURVEY_FILTERS_MAX,
  SURVEY_INTRO_MAX,
  SURVEY_NUMBER_LIMIT,
  SURVEY_OPTION_MAX,
  SURVEY_OPTIONS_MAX,
  SURVEY_OPTIONS_MIN,
  SURVEY_QUESTION_ID_MAX,
  SURVEY_QUESTION_TEXT_MAX,
  SURVEY_QUESTIONS_MAX,
  SURVEY_TEXT_ANSWER_MAX,
  SURVEY_TITLE_MAX,
} from './limits.js';

export const QUESTION_KINDS = ['single', 'multi', 'number', 'scale', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QuestionKind = Type.Union(
  QUESTION_KINDS.map((k) => Type.Literal(k)),
  { description: 'single or multi (choice of options), number, scale (1–5) or text' },
);

/**
 * What a question measures, so the space's report can find it in any survey built from a template:
 * the kilometres of commuting a visit saved (there and back), satisfaction (a 1–5 scale) and the
 * price a person would pay for a day (euros).
 */
export const QUESTION_MEASURES = ['commuteKmAvoided', 'satisfaction', 'willingnessToPay'] as const;
export type QuestionMeasure = (typeof QUESTION_MEASURES)[number];
export const QuestionMeasure = Type.Union(QUESTION_MEASURES.map((m) => Type.Literal(m)));

export const SURVEY_TEMPLATES = ['commuter', 'post-visit', 'interest'] as const;
export type SurveyTemplateId = (typeof SURVEY_TEMPLATES)[number];
export const SurveyTemplateId = Type.Union(SURVEY_TEMPLATES.map((t) => Type.Literal(t)));

export const SURVEY_STATUSES = ['open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SurveyStatus = Type.Union(SURVEY_STATUSES.map((s) => Type.Literal(s)));

export const SURVEY_LANGUAGES = ['de', 'en'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];
export const SurveyLanguage = Type.Union(
  SURVEY_LANGUAGES.map((l) => Type.Literal(l)),
  {
    description: 'The language the questions are written in (the page marks them with it)',
  },
);

/** A question id: short, stable, safe in a URL and a CSV header (`q1`, `destination`). */
export const QuestionId = Type.String({
  minLength: 1,
  maxLength: SURVEY_QUESTION_ID_MAX,
  pattern: '^[A-Za-z0-9_-]+$',
});

export const Question = Type.Object({
  id: QuestionId,
  kind: QuestionKind,
  text: Text(SURVEY_QUESTION_TEXT_MAX),
  options: Type.Optional(
    Type.Array(Text(SURVEY_OPTION_MAX), { minItems: SURVEY_OPTIONS_MIN, maxItems: SURVEY_OPTIONS_MAX }),
  ),
  min: Type.Optional(Type.Number({ minimum: -SURVEY_NUMBER_LIMIT, maximum: SURVEY_NUMBER_LIMIT })),
  max: Type.Optional(Type.Number({ minimum: -SURVEY_NUMBER_LIMIT, maximum: SURVEY_NUMBER_LIMIT })),
  required: Type.Optional(Type.Boolean()),
  // ---- extensions ----
  /** A hint under the question ("there and back", "in euros"). */
  help: Type.Optional(Text(SURVEY_QUESTION_TEXT_MAX)),
  /** A number's unit, shown next to the field ("km", "€"). */
  unit: Type.Optional(Text(20)),
  measure: Type.Optional(QuestionMeasure),
});
export type Question = Static<typeof Question>;

export const Survey = Type.Object({
  id: Id,
  title: Type.String(),
  town: Type.String(),
  spaceId: Type.Union([Id, Type.Null()]),
  intro: Type.Union([Type.String(), Type.Null()]),
  questions: Type.Array(Question),
  closesOn: Type.Union([LocalDate, Type.Null()], { description: 'Last day answers are taken (inclusive)' }),
  /** `closed` once closed by staff or after `closesOn` */
  status: SurveyStatus,
  responses: Type.Integer({ description: 'Responses so far' }),
  // ---- extensions ----
  language: SurveyLanguage,
  template: Type.Union([SurveyTemplateId, Type.Null()]),
  spaceName: Type.Union([Type.String(), Type.Null()]),
  /** The public page people answer on (the poster's QR code leads there). */
  url: Type.String(),
  createdAt: Instant,
});
export type Survey = Static<typeof Survey>;

const surveyFields = {
  title: Text(SURVEY_TITLE_MAX),
  town: Text(NAME_MAX),
  spaceId: Type.Optional(Type.Union([Id, Type.Null()])),
  intro: Type.Optional(Type.Union([MultilineText(SURVEY_INTRO_MAX), Type.Null()])),
  questions: Type.Array(Question, { minItems: 1, maxItems: SURVEY_QUESTIONS_MAX }),
  closesOn: Type.Optional(Type.Union([LocalDate, Type.Null()])),
  language: Type.Optional(SurveyLanguage),
  template: Type.Optional(Type.Union([SurveyTemplateId, Type.Null()])),
};

export const CreateSurveyBody = Type.Object(surveyFields, { additionalProperties: false });
export type CreateSurveyBody = Static<typeof CreateSurveyBody>;

/** `PATCH /api/surveys/:surveyId`: questions only while nobody has answered; `status` closes or reopens. */
export const UpdateSurveyBody = Type.Partial(
  Type.Object({
    title: surveyFields.title,
    intro: surveyFields.intro,
    questions: surveyFields.questions,
    closesOn: surveyFields.closesOn,
    status: SurveyStatus,
  }),
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateSurveyBody = Static<typeof UpdateSurveyBody>;

/** One answer: an option (single), options (multi), a number, a scale point (1–5) or a text. */
export const AnswerValue = Type.Union([
  Type.String({ maxLength: SURVEY_TEXT_ANSWER_MAX }),
  Type.Number(),
  Type.Array(Type.String({ maxLength: SURVEY_OPTION_MAX }), { maxItems: SURVEY_OPTIONS_MAX }),
  Type.Null(),
]);
export type AnswerValue = Static<typeof AnswerValue>;

export const CreateResponseBody = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: SURVEY_QUESTION_ID_MAX }), AnswerValue, {
      maxProperties: SURVEY_QUESTIONS_MAX,
    }),
  },
  { additionalProperties: false },
);
export type CreateResponseBody = Static<typeof CreateResponseBody>;

export const CreatedResponse = Type.Object({ id: Id });

/** A count of one option; `n: null, folded: true` when 1 or 2 chose it. */
export const OptionCount = Type.Object({
  option: Type.String(),
  n: Type.Union([Type.Integer(), Type.Null()]),
  folded: Type.Optional(Type.Boolean()),
});
export type OptionCount = Static<typeof OptionCount>;

export const QuestionResult = Type.Object({
  id: QuestionId,
  kind: QuestionKind,
  /** respondents who answered this question */
  n: Type.Integer(),
  counts: Type.Optional(Type.Array(OptionCount)),
  /** number and scale; null (folded) below 3 answers */
  mean: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  median: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  texts: Type.Optional(Type.Array(Type.String(), { description: 'Free texts, sorted alphabetically' })),
  // ---- extensions ----
  text: Type.String({ description: "The question's text" }),
  folded: Type.Optional(Type.Boolean({ description: 'mean and median hidden: fewer than 3 answers' })),
});
export type QuestionResult = Static<typeof QuestionResult>;

export const SurveyResults = Type.Object({
  surveyId: Id,
  responses: Type.Integer(),
  questions: Type.Array(QuestionResult),
  // ---- extensions ----
  filters: Type.Array(Type.Object({ questionId: QuestionId, option: Type.String() }), {
    description: 'The answer filters applied (responses that gave all of them)',
  }),
});
export type SurveyResults = Static<typeof SurveyResults>;

/** `?filter=<questionId>:<option>` (repeatable, all must hold) on results and their exports. */
export const SurveyResultsQuery = Type.Object(
  {
    filter: Type.Optional(
      Type.Union([
        Type.String({ maxLength: SURVEY_QUESTION_ID_MAX + 1 + SURVEY_OPTION_MAX }),
        Type.Array(Type.String({ maxLength: SURVEY_QUESTION_ID_MAX + 1 + SURVEY_OPTION_MAX }), {
          maxItems: SURVEY_FILTERS_MAX,
        }),
      ]),
    ),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')])),
    locale: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
export type SurveyResultsQuery = Static<typeof SurveyResultsQuery>;

export const SurveyTemplate = Type.Object({
  id: SurveyTemplateId,
  language: SurveyLanguage,
  title: Type.String(),
  intro: Type.String(),
  questions: Type.Array(Question),
});
export type SurveyTemplate = Static<typeof SurveyTemplate>;

export const SurveyListQuery = Type.Object(
  {
    spaceId: Type.Optional(Id),
    town: Type.Optional(Text(NAME_MAX)),
    status: Type.Optional(SurveyStatus),
  },
  { additionalProperties: false },
);
export type SurveyListQuery = Static<typeof SurveyListQuery>;

/**
 * `GET /api/spaces/:spaceId/demand?from&to`: the space's survey answers joined with its visits. The
 * commute avoided is the mean of the answers (km per visit, there and back) times the visits of
 * each month; the price simulation says, at each price P from 0 to SURVEY_PRICE_MAX euros a day,
 * what share of respondents would pay at least P, how many of the actual visits that is and the
 * revenue. Anything resting on fewer than 3 answers is null.
 */
export const DemandQuery = Type.Object(
  { from: Type.Optional(Month), to: Type.Optional(Month) },
  { additionalProperties: false },
);
export type DemandQuery = Static<typeof DemandQuery>;

export const DemandEvidence = Type.Object({
  spaceId: Id,
  from: Month,
  to: Month,
  /** the surveys of this space whose answers are used */
  surveyIds: Type.Array(Id),
  /** counting desk bookings in the months (the report's definition) */
  visits: Type.Integer(),
  co2KgPerKm: Type.Number(),
  commute: Type.Object({
    n: Type.Integer(),
    meanKmPerVisit: Type.Union([Type.Number(), Type.Null()]),
    totalKm: Type.Union([Type.Number(), Type.Null()]),
    totalCo2Kg: Type.Union([Type.Number(), Type.Null()]),
    months: Type.Array(
      Type.Object({
        month: Month,
        visits: Type.Integer(),
        km: Type.Union([Type.Number(), Type.Null()]),
        co2Kg: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
  }),
  satisfaction: Type.Object({
    n: Type.Integer(),
    mean: Type.Union([Type.Number(), Type.Null()]),
    counts: Type.Array(OptionCount),
  }),
  willingnessToPay: Type.Object({
    n: Type.Integer(),
    median: Type.Union([Type.Number(), Type.Null()]),
    /** bands of euros a day: "0", "1–4", "5–9", "10–14", "15–19", "20+" */
    counts: Type.Array(OptionCount),
    simulation: Type.Array(
      Type.Object({
        price: Type.Number(),
        share: Type.Union([Type.Number(), Type.Null()]),
        paidVisits: Type.Union([Type.Number(), Type.Null()]),
        revenue: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
  }),
});
export type DemandEvidence = Static<typeof DemandEvidence>;
