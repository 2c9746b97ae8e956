/**
 * How report routes declare and send their answers: JSON, CSV (machine or wide) or an xlsx
 * workbook, with a file name that names the town and the month(s).
 */
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';
import { contentDisposition } from '../../lib/downloads.js';
import { exportFileName } from './export-format.js';
import type { ReportLocale } from './report-labels.js';

/** A 200 that is JSON, CSV or xlsx, as the OpenAPI document says it. */
export const reportAnswer = <T extends TSchema>(schema: T, description: string) => ({
  description,
  headers: {
    'Content-Disposition': Type.String({
      description:
        'CSV and xlsx answers: `attachment; filename="popdesk-….csv"` (wide CSV and xlsx name the town and month(s), with an RFC 6266 `filename*`)',
    }),
  },
  content: {
    'application/json': { schema },
    'text/csv': {
      schema: Type.String({
        description: 'CSV: machine layout (RFC 4180, or German Excel with locale=de), or layout=wide for people',
      }),
    },
    [XLSX_MEDIA_TYPE]: {
      schema: Type.String({ format: 'binary', description: 'xlsx workbook (locale=de, the default, or en)' }),
    },
  },
});

export function sendCsv(reply: FastifyReply, disposition: string, body: string) {
  return reply.type('text/csv; charset=utf-8; header=present').header('Content-Disposition', disposition).send(body);
}

export function sendXlsx(reply: FastifyReply, disposition: string, body: Buffer) {
  return reply.type(XLSX_MEDIA_TYPE).header('Content-Disposition', disposition).send(body);
}

/** `Content-Disposition` for a file for people. */
export const fileFor = (
  opts: { town: string | null; from: string; to: string; locale: ReportLocale },
  extension: 'csv' | 'xlsx',
) => contentDisposition(exportFileName(opts, extension));
