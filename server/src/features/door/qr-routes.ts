/**
 * The QR codes at the door (public: they only say where a public page is): a desk's leads to its
 * page (check in or walk up there), a space's to the space's page. Labels and posters print them.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id } from '@popdesk/shared';
import { problems } from '../../lib/http.js';
import { notFound } from '../../lib/problems.js';
import { findDeskRow, findSpaceRow } from '../spaces/spaces-repo.js';
import { publicOrigin, qrSvg } from '../../lib/qr-code.js';
import { deskUrl, spaceUrl } from './qr.js';

const SVG = 'image/svg+xml';
const svgAnswer = {
  description: 'QR code (SVG 1.1, error correction M)',
  content: { [SVG]: { schema: Type.String({ description: 'SVG 1.1' }) } },
};

/** A desk's or space's id never changes, nor does its page: a copy may be kept a day. */
const QR_MAX_AGE_SECONDS = 86_400;

export const publicQrRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/desks/:deskId/qr.svg',
    {
      schema: {
        operationId: 'getDeskQrCode',
        tags: ['spaces'],
        summary: 'The QR code for a desk’s label: it leads to the desk’s page (check in, walk up)',
        description: 'Encodes `<PUBLIC_URL>/tisch/<deskId>` (without PUBLIC_URL: the origin of the request).',
        params: Type.Object({ deskId: Id }),
        response: { 200: svgAnswer, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const desk = await findDeskRow(app.db, request.params.deskId);
      if (!desk) throw notFound('This desk');
      reply.header('Cache-Control', `public, max-age=${QR_MAX_AGE_SECONDS}`);
      return reply.type(SVG).send(await qrSvg(deskUrl(publicOrigin(request, app.config.publicUrl), desk.id)));
    },
  );

  app.get(
    '/spaces/:spaceId/qr.svg',
    {
      schema: {
        operationId: 'getSpaceQrCode',
        tags: ['spaces'],
        summary: 'The QR code of a space: it leads to the space’s page (free desks, booking)',
        description: 'Encodes `<PUBLIC_URL>/spaces/<spaceId>` (without PUBLIC_URL: the origin of the request).',
        params: Type.Object({ spaceId: Id }),
        response: { 200: svgAnswer, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      reply.header('Cache-Control', `public, max-age=${QR_MAX_AGE_SECONDS}`);
      return reply.type(SVG).send(await qrSvg(spaceUrl(publicOrigin(request, app.config.publicUrl), space.id)));
    },
  );
};
