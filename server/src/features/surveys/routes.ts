/**
 * Surveys (contract, "Surveys"): staff build them for a town, optionally for one of their spaces;
 * admins for any; analysts read them. An open survey's page is public (it is what the poster's QR
 * code leads to); a closed one answers 410 to everyone but the people who run or read it.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateSurveyBody,
  Id,
  Survey,
  SurveyLanguage,
  SurveyListQuery,
  SurveyTemplate,
  UpdateSurveyBody,
  checkQuestions,
  type Question,
} from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { localDateOf } from '../../lib/local-time.js';
import { badRequest, businessRule, conflict, forbidden, HttpProblem, notFound } from '../../lib/problems.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { mayAccess, mayCreateSurvey, requireSurveyAccess, surveyListScope } from './survey-access.js';
import { effectiveStatus, toSurveyDto } from './survey-dto.js';
import {
  DEFAULT_SURVEY_ZONE,
  deleteSurvey,
  findSurvey,
  insertSurvey,
  listSurveys,
  lockSurvey,
  responseCounts,
  updateSurvey,
  type SurveyRow,
} from './surveys-repo.js';
import { surveyTemplates } from './templates.js';

const SurveyParams = Type.Object({ surveyId: Id });
const TemplatesQuery = Type.Object({ language: Type.Optional(SurveyLanguage) }, { additionalProperties: false });

export const surveyClosed = () =>
  new HttpProblem(410, 'survey-closed', 'Survey closed', 'This survey takes no more answers.');

/** 400 with the question-set rules' problems ({path, message, code}), when there are any. */
function requireValidQuestions(questions: readonly Question[]): void {
  const errors = checkQuestions(questions);
  if (errors.length > 0) throw badRequest(errors.map((e) => `${e.path} ${e.message}`).join('; '), errors);
}

/** 422 when an open survey would take answers only until a day that has passed. */
function requireClosesOnAhead(closesOn: string | null, timezone: string, now: Date): void {
  if (closesOn !== null && closesOn < localDateOf(now, timezone))
    throw businessRule(
      'survey-closes-on-past',
      'Last day has passed',
      `An open survey cannot close on ${closesOn}, a day that has passed; choose a later day or none.`,
    );
}

const sameTown = (a: string, b: string) => a.trim().toLocaleLowerCase('de') === b.trim().toLocaleLowerCase('de');

/**
 * Public: an open survey's page. A token sent is checked (401 when invalid) so that the people who
 * run or read the survey see it closed too.
 */
export const publicSurveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== undefined) await app.authenticate(request, reply);
  });
  const dto = async (row: SurveyRow, now: Date): Promise<Survey> => {
    const counts = await responseCounts(app.db, [row.id]);
    return toSurveyDto(row, { responses: counts.get(row.id) ?? 0, publicUrl: app.config.publicUrl, now });
  };

  app.get(
    '/surveys/:surveyId',
    {
      schema: {
        operationId: 'getSurvey',
        tags: ['surveys'],
        summary: 'A survey: public while open; its staff, admins and analysts see it always',
        description:
          'Without a token of someone who runs or reads it, a closed survey (closed by staff or past `closesOn` ' +
          'in its zone) answers 410 `survey-closed`.',
        params: SurveyParams,
        response: { 200: Survey, ...problems(400, 401, 404, 410) },
      },
    },
    async (request) => {
      const now = app.clock();
      const row = await findSurvey(app.db, request.params.surveyId);
      if (!row) throw notFound('This survey');
      if (effectiveStatus(row, now) === 'closed' && !(await mayAccess(app.db, request.auth, row, 'read')))
        throw surveyClosed();
      return dto(row, now);
    },
  );
};

/** Behind authentication: staff and admins build and change surveys; analysts read them. */
export const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const dto = async (row: SurveyRow): Promise<Survey> => {
    const counts = await responseCounts(app.db, [row.id]);
    return toSurveyDto(row, { responses: counts.get(row.id) ?? 0, publicUrl: app.config.publicUrl, now: app.clock() });
  };

  app.post(
    '/surveys',
    {
      schema: {
        operationId: 'createSurvey',
        tags: ['surveys'],
        summary: 'Staff (for their spaces and their towns) and admins: create a survey',
        description:
          'Without `spaceId` the survey is the town’s (staff: a town where they run a space). With it, the town ' +
          'must be the space’s (422 `survey-town-mismatch`). 400 with `errors: [{path, message, code}]` when ' +
          'the questions break a rule; 422 `survey-closes-on-past` when `closesOn` has passed. `language` ' +
          'defaults to the caller’s.',
        body: CreateSurveyBody,
        response: { 201: Survey, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const body = request.body;
      if (user.role !== 'staff' && user.role !== 'admin') throw forbidden('Only staff and admins create surveys.');
      let town = body.town.trim();
      let timezone = DEFAULT_SURVEY_ZONE;
      const spaceId = body.spaceId ?? null;
      if (spaceId !== null) {
        const space = await findSpaceRow(app.db, spaceId);
        if (!space) throw notFound('This space');
        if (!(await mayCreateSurvey(app.db, user, { spaceId, town: space.town })))
          throw forbidden('Staff create surveys for their own spaces only.');
        if (!sameTown(space.town, town))
          throw businessRule(
            'survey-town-mismatch',
            'Town and space differ',
            `${space.name} lies in ${space.town}, not in ${town}.`,
          );
        town = space.town;
        timezone = space.timezone;
      } else if (!(await mayCreateSurvey(app.db, user, { spaceId: null, town }))) {
        throw forbidden('Staff create surveys for the towns where they run a space only.');
      }
      requireValidQuestions(body.questions);
      const closesOn = body.closesOn ?? null;
      const now = app.clock();
      requireClosesOnAhead(closesOn, timezone, now);
      const id = await insertSurvey(app.db, {
        title: body.title.trim(),
        town,
        spaceId,
        intro: body.intro?.trim() || null,
        language: body.language ?? user.locale,
        template: body.template ?? null,
        questions: body.questions,
        closesOn,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
      return reply.code(201).send(await dto((await findSurvey(app.db, id))!));
    },
  );

  app.get(
    '/surveys',
    {
      schema: {
        operationId: 'listSurveys',
        tags: ['surveys'],
        summary: 'The surveys the caller runs (staff, admins) or reads (analysts), newest first',
        description:
          'Staff: their spaces’ surveys and the town-only surveys of their towns; admins and analysts: all. ' +
          '`status` filters by the status answered (a survey past `closesOn` is closed).',
        querystring: SurveyListQuery,
        response: { 200: Type.Array(Survey), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const user = caller(request);
      const scope = await surveyListScope(app.db, user);
      const now = app.clock();
      const { spaceId, town, status } = request.query;
      const rows = (await listSurveys(app.db, { ...scope, spaceId, town: town?.trim() })).filter(
        (r) => status === undefined || effectiveStatus(r, now) === status,
      );
      const counts = await responseCounts(
        app.db,
        rows.map((r) => r.id),
      );
      return rows.map((r) =>
        toSurveyDto(r, { responses: counts.get(r.id) ?? 0, publicUrl: app.config.publicUrl, now }),
      );
    },
  );

  app.patch(
    '/surveys/:surveyId',
    {
      schema: {
        operationId: 'updateSurvey',
        tags: ['surveys'],
        summary: 'Staff and admins: change a survey, close or reopen it',
        description:
          'Questions change only while nobody has answered (409 `survey-has-responses`); 400 with `errors` when ' +
          'they break a rule. `status` closes or reopens it; an open survey cannot keep a `closesOn` that has ' +
          'passed (422 `survey-closes-on-past`: move `closesOn` in the same request).',
        params: SurveyParams,
        body: UpdateSurveyBody,
        response: { 200: Survey, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const user = caller(request);
      const body = request.body;
      const found = await requireSurveyAccess(app.db, user, request.params.surveyId, 'manage');
      if (body.questions !== undefined) requireValidQuestions(body.questions);
      const now = app.clock();
      await app.db.transaction(async (tx) => {
        if (!(await lockSurvey(tx, found.id, 'update'))) throw notFound('This survey');
        const row = (await findSurvey(tx, found.id))!;
        if (body.questions !== undefined && ((await responseCounts(tx, [row.id])).get(row.id) ?? 0) > 0)
          throw conflict(
            'survey-has-responses',
            'Survey has answers',
            'Its questions cannot change once someone has answered; make a new survey instead.',
          );
        const status = body.status ?? row.status;
        const closesOn = body.closesOn !== undefined ? body.closesOn : row.closesOn;
        // reopening, or moving the last day, of an open survey: the last day must lie ahead
        if (status === 'open' && (body.status === 'open' || body.closesOn !== undefined))
          requireClosesOnAhead(closesOn, row.timezone, now);
        await updateSurvey(tx, row.id, {
          ...(body.title !== undefined ? { title: body.title.trim() } : {}),
          ...(body.intro !== undefined ? { intro: body.intro?.trim() || null } : {}),
          ...(body.questions !== undefined ? { questions: body.questions } : {}),
          ...(body.closesOn !== undefined ? { closesOn: body.closesOn } : {}),
          ...(body.status !== undefined ? { status: body.status } : {}),
          updatedAt: now,
        });
      });
      return dto((await findSurvey(app.db, found.id))!);
    },
  );

  app.delete(
    '/surveys/:surveyId',
    {
      schema: {
        operationId: 'deleteSurvey',
        tags: ['surveys'],
        summary: 'Staff and admins: delete a survey and all its answers',
        params: SurveyParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await requireSurveyAccess(app.db, caller(request), request.params.surveyId, 'manage');
      await deleteSurvey(app.db, row.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/survey-templates',
    {
      schema: {
        operationId: 'listSurveyTemplates',
        tags: ['surveys'],
        summary: 'Staff, admins, analysts: ready-made question sets (commuter, post-visit, interest)',
        description: 'In `language` (default: the caller’s).',
        querystring: TemplatesQuery,
        response: { 200: Type.Array(SurveyTemplate), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const user = caller(request);
      if (user.role === 'coworker') throw forbidden('Only staff, admins and analysts see the survey templates.');
      return surveyTemplates(request.query.language ?? user.locale);
    },
  );
};
