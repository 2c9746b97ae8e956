/**
 * Answering a survey: public, no account (contract, "Surveys"). A token sent along is ignored — not
 * even checked — so that nothing ties a response to a person; the stored row holds the answers and
 * the day (in the survey's zone) and nothing else: no account, no address, no time of day. Abuse is
 * limited per client address, counted under a hash in the throttle store as logins are.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreatedResponse,
  CreateResponseBody,
  Id,
  checkAnswers,
  normaliseAnswers,
  type Question,
} from '@popdesk/shared';
import { problems } from '../../lib/http.js';
import { localDateOf } from '../../lib/local-time.js';
import { HttpProblem, notFound } from '../../lib/problems.js';
import { clientHash, countAttempt } from '../accounts/login-throttle.js';
import { effectiveStatus } from './survey-dto.js';
import { findSurvey, insertResponse, lockSurvey } from './surveys-repo.js';

const SurveyParams = Type.Object({ surveyId: Id });

/** The throttle key of a client's responses (a hash of its address, IPv6 per /64). */
export const responseClientKey = (ip: string) => `survey-response:client:${clientHash(ip)}`;

export const surveyResponseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/surveys/:surveyId/responses',
    {
      schema: {
        operationId: 'createSurveyResponse',
        tags: ['surveys'],
        summary: 'Anyone, without an account: answer an open survey',
        description:
          'Stores the answers and the day, nothing else (a token sent is ignored). 422 `survey-closed` when ' +
          'closed; 422 `answers-invalid` with `errors: [{path, message, code}]` when an answer does not fit its ' +
          'question, a required one is missing or a question is unknown; 429 with Retry-After after too many ' +
          'responses from one client.',
        params: SurveyParams,
        body: CreateResponseBody,
        response: { 201: CreatedResponse, ...problems(400, 404, 422, 429) },
      },
    },
    async (request, reply) => {
      const now = app.clock();
      const wait = await countAttempt(
        app.throttle,
        [{ key: responseClientKey(request.ip), max: app.config.surveys.maxResponsesPerClient }],
        app.config.login.windowMs,
        now,
      );
      if (wait !== null)
        throw new HttpProblem(
          429,
          'too-many-attempts',
          'Too many responses',
          `Too many responses from this network. Try again in ${wait} seconds.`,
          {},
          { 'Retry-After': String(wait) },
        );
      const { surveyId } = request.params;
      const { answers } = request.body;
      const id = await app.db.transaction(async (tx) => {
        // shared lock: the questions cannot change while this answer is checked against them
        if (!(await lockSurvey(tx, surveyId, 'share'))) throw notFound('This survey');
        const survey = (await findSurvey(tx, surveyId))!;
        if (effectiveStatus(survey, now) === 'closed')
          throw new HttpProblem(422, 'survey-closed', 'Survey closed', 'This survey takes no more answers.');
        const questions = survey.questions as Question[];
        const errors = checkAnswers(questions, answers);
        if (errors.length > 0)
          throw new HttpProblem(
            422,
            'answers-invalid',
            'Answers do not fit',
            errors.map((e) => `${e.path} ${e.message}`).join('; '),
            { errors },
          );
        return insertResponse(tx, survey.id, normaliseAnswers(questions, answers), localDateOf(now, survey.timezone));
      });
      return reply.code(201).send({ id });
    },
  );
};
