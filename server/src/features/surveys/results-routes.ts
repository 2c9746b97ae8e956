/**
 * A survey's results for the people who run it (its staff, admins) and analysts: JSON, or a CSV or
 * xlsx file of the same aggregated figures (`format=`, or the Accept header). Free texts only to
 * those who run it (contract: "free texts only to staff/admin"); analysts get the counts.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Id, SurveyResults, SurveyResultsQuery, XLSX_MEDIA_TYPE, type Question } from '@popdesk/shared';
import { answerFormat, contentDisposition, slug } from '../../lib/downloads.js';
import { caller, problems } from '../../lib/http.js';
import { localDateOf } from '../../lib/local-time.js';
import { computeResults } from './results.js';
import { resultsCsv, resultsXlsx, type ResultsHeading } from './results-export.js';
import { surveyAnswers } from './results-repo.js';
import { mayAccess, requireSurveyAccess } from './survey-access.js';

/** `popdesk-umfrage-<town>-<yyyy-mm-dd>.csv` (`survey` in English), ASCII and Unicode. */
export function resultsFileName(town: string, date: string, locale: 'de' | 'en', extension: 'csv' | 'xlsx') {
  const name = (ascii: boolean) =>
    `popdesk-${locale === 'de' ? 'umfrage' : 'survey'}-${slug(town, ascii) || 'ort'}-${date}.${extension}`;
  return { ascii: name(true), unicode: name(false) };
}

/** A file for people (the route's typed reply takes only its JSON). */
const sendFile = (reply: FastifyReply, type: string, disposition: string, body: string | Buffer) =>
  reply.type(type).header('Content-Disposition', disposition).send(body);

export const surveyResultsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/surveys/:surveyId/results',
    {
      schema: {
        operationId: 'getSurveyResults',
        tags: ['surveys'],
        summary: 'A survey’s results (its staff, admins, analysts); JSON, CSV or xlsx',
        description:
          'Counts per option (1 or 2 folded: `n: null, folded: true`), mean and median of numbers and scales ' +
          '(null and `folded` below 3 answers), free texts sorted (only to staff and admins). ' +
          '`filter=<questionId>:<option>` (repeatable, all must hold) keeps the responses that gave those answers ' +
          '(400 for a filter that fits no single, multi or scale question; 422 `too-few-responses` when 1 or 2 are left). ' +
          '`format=csv|xlsx` (or Accept) gives a file of the same figures, `locale=de` (default) or `en`.',
        params: Type.Object({ surveyId: Id }),
        querystring: SurveyResultsQuery,
        response: {
          200: {
            description: 'The results',
            headers: {
              'Content-Disposition': Type.String({
                description: 'CSV and xlsx: `attachment; filename="popdesk-umfrage-<town>-<date>.csv"`',
              }),
            },
            content: {
              'application/json': { schema: SurveyResults },
              'text/csv': {
                schema: Type.String({
                  description: 'CSV for people: `;` and decimal comma (de) or `,` (en), UTF-8 with BOM',
                }),
              },
              [XLSX_MEDIA_TYPE]: { schema: Type.String({ format: 'binary', description: 'xlsx workbook' }) },
            },
          },
          ...problems(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const row = await requireSurveyAccess(app.db, user, request.params.surveyId, 'read');
      const questions = row.questions as Question[];
      const filter = request.query.filter;
      const results: SurveyResults = {
        surveyId: row.id,
        ...computeResults(questions, await surveyAnswers(app.db, row.id), filter === undefined ? [] : [filter].flat(), {
          withTexts: await mayAccess(app.db, user, row, 'manage'),
          locale: row.language,
        }),
      };
      reply.header('Vary', 'Accept');
      const format = answerFormat(request.query.format, request.headers.accept);
      if (format === 'json') return reply.send(results);
      const locale = request.query.locale ?? 'de';
      const date = localDateOf(app.clock(), row.timezone);
      const heading: ResultsHeading = {
        title: row.title,
        town: row.town,
        date,
        questionTexts: new Map(questions.map((q) => [q.id, q.text])),
      };
      const disposition = contentDisposition(resultsFileName(row.town, date, locale, format));
      if (format === 'xlsx')
        return sendFile(reply, XLSX_MEDIA_TYPE, disposition, await resultsXlsx(results, heading, locale));
      return sendFile(
        reply,
        'text/csv; charset=utf-8; header=present',
        disposition,
        resultsCsv(results, heading, locale),
      );
    },
  );
};
