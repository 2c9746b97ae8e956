/**
 * The survey templates: every one passes the question-set rules and the schema, and the German and
 * English versions ask the same questions (ids, kinds, ranges, measures, number of options).
 */
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { checkAnswers, checkQuestions, SURVEY_TEMPLATES, SurveyTemplate } from '@popdesk/shared';
import { surveyTemplate, surveyTemplates } from '../../src/features/surveys/templates.js';

const structure = (t: SurveyTemplate) =>
  t.questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    min: q.min,
    max: q.max,
    unit: q.unit,
    required: q.required,
    measure: q.measure,
    options: q.options?.length,
    help: q.help !== undefined,
  }));

describe('survey templates', () => {
  for (const language of ['de', 'en'] as const) {
    it(`${language}: one of each template, each valid by schema and rules`, () => {
      const templates = surveyTemplates(language);
      expect(templates.map((t) => t.id)).toEqual([...SURVEY_TEMPLATES]);
      for (const t of templates) {
        expect(t.language).toBe(language);
        expect([...Value.Errors(SurveyTemplate, t)].map((e) => `${t.id}${e.path}: ${e.message}`)).toEqual([]);
        expect(checkQuestions(t.questions)).toEqual([]);
      }
    });
  }

  it('German and English ask the same questions', () => {
    const de = surveyTemplates('de');
    const en = surveyTemplates('en');
    for (const [i, t] of de.entries()) {
      expect(en[i]!.id).toBe(t.id);
      expect(structure(en[i]!)).toEqual(structure(t));
      // and really are translated
      expect(en[i]!.questions.map((q) => q.text)).not.toEqual(t.questions.map((q) => q.text));
    }
  });

  it('measures sit where the demand evidence looks for them', () => {
    const measures = (id: (typeof SURVEY_TEMPLATES)[number]) =>
      Object.fromEntries(surveyTemplate(id, 'de').questions.flatMap((q) => (q.measure ? [[q.measure, q.id]] : [])));
    expect(measures('post-visit')).toEqual({
      commuteKmAvoided: 'kmAvoided',
      satisfaction: 'satisfaction',
      willingnessToPay: 'wtpPerDay',
    });
    expect(measures('commuter')).toEqual({ willingnessToPay: 'wtpPerDay' });
    expect(measures('interest')).toEqual({ willingnessToPay: 'wtpPerDay' });
  });

  it('the commuter survey asks where to, how far and whether presence is needed, and requires them', () => {
    const t = surveyTemplate('commuter', 'de');
    const byId = new Map(t.questions.map((q) => [q.id, q]));
    expect(byId.get('destination')?.options).toEqual(expect.arrayContaining(['Hamburg', 'Berlin']));
    expect(byId.get('distanceKm')).toMatchObject({ kind: 'number', min: 0, max: 1000, unit: 'km' });
    expect(byId.get('wtpPerDay')).toMatchObject({ min: 0, max: 100, unit: '€' });
    expect(checkAnswers(t.questions, {}).map((p) => p.path)).toEqual([
      '/answers/destination',
      '/answers/distanceKm',
      '/answers/presenceNeeded',
      '/answers/interest',
    ]);
    expect(
      checkAnswers(t.questions, {
        destination: 'Hamburg',
        distanceKm: 130,
        presenceNeeded: 'Nur an manchen Tagen',
        interest: 4,
      }),
    ).toEqual([]);
  });

  it('hands out copies: changing one does not change the next', () => {
    const first = surveyTemplate('interest', 'en');
    first.questions[0]!.options!.push('Changed');
    first.questions.pop();
    const second = surveyTemplate('interest', 'en');
    expect(second.questions[0]!.options).not.toContain('Changed');
    expect(second.questions.length).toBe(first.questions.length + 1);
  });
});
