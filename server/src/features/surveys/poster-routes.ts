/**
 * The survey's QR code (public while the survey is open: it only says where the public page is)
 * and its poster to print (for the people who run the survey).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Id } from '@popdesk/shared';
import { contentDisposition, slug } from '../../lib/downloads.js';
import { caller, problems } from '../../lib/http.js';
import { notFound } from '../../lib/problems.js';
import { publicOrigin, qrSvg } from '../../lib/qr-code.js';
import { posterSvg } from './poster.js';
import { surveyClosed } from './routes.js';
import { mayAccess, requireSurveyAccess } from './survey-access.js';
import { effectiveStatus, surveyUrl } from './survey-dto.js';
import { findSurvey } from './surveys-repo.js';

const SVG = 'image/svg+xml';
const SurveyParams = Type.Object({ surveyId: Id });
const svgAnswer = (description: string) => ({
  description,
  content: { [SVG]: { schema: Type.String({ description: 'SVG 1.1' }) } },
});

/** The QR code lasts as long as the survey is open; a public copy may be kept this long. */
const QR_MAX_AGE_SECONDS = 300;

/** The survey's public page, absolute (from PUBLIC_URL, else from the request's own origin). */
const absoluteUrl = (request: FastifyRequest, publicUrl: string | null, id: string) =>
  surveyUrl(publicOrigin(request, publicUrl), id);

/** Public: the QR code of an open survey; those who run or read it get it closed too. */
export const publicSurveyQrRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== undefined) await app.authenticate(request, reply);
  });

  app.get(
    '/surveys/:surveyId/qr.svg',
    {
      schema: {
        operationId: 'getSurveyQrCode',
        tags: ['surveys'],
        summary:
          'The QR code leading to the survey’s public page (public while open; its staff, admins, analysts always)',
        params: SurveyParams,
        response: { 200: svgAnswer('QR code (error correction M)'), ...problems(400, 401, 404, 410) },
      },
    },
    async (request, reply) => {
      const row = await findSurvey(app.db, request.params.surveyId);
      if (!row) throw notFound('This survey');
      const open = effectiveStatus(row, app.clock()) === 'open';
      if (!open && !(await mayAccess(app.db, request.auth, row, 'read'))) throw surveyClosed();
      // (an answer to a request with a token is never stored: the security headers say no-store)
      if (open) reply.header('Cache-Control', `public, max-age=${QR_MAX_AGE_SECONDS}`);
      return reply.type(SVG).send(await qrSvg(absoluteUrl(request, app.config.publicUrl, row.id)));
    },
  );
};

const PosterQuery = Type.Object(
  {
    size: Type.Optional(Type.Union([Type.Literal('a4'), Type.Literal('a3')], { default: 'a4' })),
    locale: Type.Optional(
      Type.Union([Type.Literal('de'), Type.Literal('en')], { description: 'Default: the survey’s language' }),
    ),
  },
  { additionalProperties: false },
);

/** The poster, for the people who run the survey. */
export const surveyPosterRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/surveys/:surveyId/poster.svg',
    {
      schema: {
        operationId: 'getSurveyPoster',
        tags: ['surveys'],
        summary: 'A poster to print (A4 or A3): town, title, the QR code and the link (its staff, admins)',
        params: SurveyParams,
        querystring: PosterQuery,
        response: {
          200: {
            ...svgAnswer('The poster, sized in millimetres'),
            headers: {
              'Content-Disposition': Type.String({ description: '`inline; filename="popdesk-plakat-<town>-a4.svg"`' }),
            },
          },
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const row = await requireSurveyAccess(app.db, caller(request), request.params.surveyId, 'manage');
      const size = request.query.size ?? 'a4';
      const locale = request.query.locale ?? row.language;
      const svg = await posterSvg({
        town: row.town,
        title: row.title,
        url: absoluteUrl(request, app.config.publicUrl, row.id),
        closesOn: row.closesOn,
        size,
        locale,
      });
      const name = (ascii: boolean) =>
        `popdesk-${locale === 'de' ? 'plakat' : 'poster'}-${slug(row.town, ascii) || 'umfrage'}-${size}.svg`;
      return reply
        .type(`${SVG}; charset=utf-8`)
        .header('Content-Disposition', contentDisposition({ ascii: name(true), unicode: name(false) }, 'inline'))
        .send(svg);
    },
  );
};
