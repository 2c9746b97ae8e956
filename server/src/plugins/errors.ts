/**
 * The one error handler: every failure leaves as an RFC 9457 problem document. Known database
 * errors are translated (exclusion → 409, unreachable database → 503); anything unexpected is
 * logged with the request id and answered as a bare 500 without internals.
 */
import fp from 'fastify-plugin';
import { TEXT_PATTERN_MESSAGES } from '@popdesk/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, problemType, type FieldError } from '../lib/problems.js';
import { EXCLUSION_VIOLATION, UNIQUE_VIOLATION, isConnectionError, pgError } from '../lib/pg-errors.js';

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not authenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Business rule violated',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  slug: string,
  detail: string,
  extra: Record<string, unknown> = {},
  title = TITLES[status] ?? 'Error',
) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: problemType(slug), title, status, detail, instance: reply.request.url.split('?')[0], ...extra });
}

function validationErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const missing = (v.params as { missingProperty?: string }).missingProperty;
    const path = `${context}${v.instancePath.replace(/\//g, '.')}${missing ? `.${missing}` : ''}`;
    // a text field's pattern says what it refuses, not the regular expression
    const pattern = v.keyword === 'pattern' ? (v.params as { pattern?: string }).pattern : undefined;
    return { path, message: (pattern && TEXT_PATTERN_MESSAGES[pattern]) || (v.message ?? 'is invalid') };
  });
}

export default fp(async (app) => {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpProblem) {
      for (const [k, v] of Object.entries(error.headers)) reply.header(k, v);
      return sendProblem(reply, error.status, error.slug, error.detail, error.extra, error.title);
    }
    if (error.validation) {
      const errors = validationErrors(error);
      return sendProblem(reply, 400, 'validation-error', errors.map((e) => `${e.path} ${e.message}`).join('; '), {
        errors,
      });
    }
    const db = pgError(error);
    if (db?.code === EXCLUSION_VIOLATION || db?.code === UNIQUE_VIOLATION) {
      return sendProblem(reply, 409, 'conflict', 'This conflicts with existing data.');
    }
    if (db?.code.startsWith('22')) {
      // data exceptions (a value out of range for its column …) are the input's fault
      return sendProblem(reply, 400, 'invalid-value', 'A value in the request is out of range.');
    }
    if (isConnectionError(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('Retry-After', '5');
      return sendProblem(
        reply,
        503,
        'database-unavailable',
        'The database is not reachable right now. Try again shortly.',
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, wrong content type, bad JWT …
      const slug = error.code
        ? error.code
            .toLowerCase()
            .replace(/^fst_(err_)?/, '')
            .replace(/_/g, '-')
        : 'client-error';
      return sendProblem(reply, status, slug, error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'internal-error', 'Something went wrong on our side. It has been logged.');
  });

  app.setNotFoundHandler(async (request, reply) =>
    sendProblem(reply, 404, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}.`),
  );
});
