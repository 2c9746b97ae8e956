import type { TFunction } from 'i18next';
import { SCALE_MAX, SCALE_MIN, SURVEY_TEXT_ANSWER_MAX, type Question, type SurveyRuleProblem } from '@popdesk/shared';

/**
 * A problem with an answer, in the person's language: the shared rules' code decides, with the
 * question's range where it matters (the rules' English message is for the API only).
 */
export function answerProblemText(
  t: TFunction,
  problem: Pick<SurveyRuleProblem, 'code'>,
  question: Question | undefined,
): string {
  const e = 'surveyAnswer.errors';
  switch (problem.code) {
    case 'required':
      return t(`${e}.required`);
    case 'wrong-type':
      return question?.kind === 'number' ? t(`${e}.notANumber`) : t(`${e}.wrongType`);
    case 'not-an-option':
    case 'duplicate-option':
      return t(`${e}.notAnOption`);
    case 'out-of-range':
    case 'not-an-integer': {
      if (question?.kind === 'scale') return t(`${e}.scale`, { min: SCALE_MIN, max: SCALE_MAX });
      const { min, max } = question ?? {};
      if (min !== undefined && max !== undefined) return t(`${e}.between`, { min, max });
      if (min !== undefined) return t(`${e}.atLeast`, { min });
      return max !== undefined ? t(`${e}.atMost`, { max }) : t(`${e}.notANumber`);
    }
    case 'too-long':
      return t(`${e}.tooLong`, { max: SURVEY_TEXT_ANSWER_MAX });
    case 'control-characters':
      return t(`${e}.controlCharacters`);
    case 'unknown-question':
      return t(`${e}.unknownQuestion`);
    default:
      return t(`${e}.wrongType`);
  }
}
