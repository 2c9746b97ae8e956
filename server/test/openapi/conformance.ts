/**
 * Checks real answers against the app's own OpenAPI document, as an outside client generated
 * from /docs/json would: the status is declared for the operation, the content type is one the
 * answer declares, and a JSON body is valid against the declared schema (ajv, formats on).
 * Non-JSON answers (CSV, iCalendar) get the status and content type check only.
 *
 * The harness records every answer a test app gives (see `captureAnswers`) and fails the test
 * file when one does not conform.
 */
import { PassThrough, Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: the plugin is its module's `default` (see plugins/validation.ts)
const addFormats = addFormatsModule.default;

export interface Answer {
  method: string;
  /** the route pattern (`/api/bookings/:bookingId`), or undefined for the not-found handler */
  route: string | undefined;
  hidden: boolean;
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

interface MediaType {
  schema?: unknown;
}
interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>> };

const DOC_ID = 'popdesk-openapi';
const pointer = (...tokens: string[]) => tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const mediaTypeOf = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase();
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

/** Route pattern → OpenAPI path: `/a/:id` → `/a/{id}`. */
export const openapiPath = (route: string) => route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function conformanceChecker(document: object) {
  const doc = document as Doc;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv, { mode: 'full' });
  // the whole document as one schema resource, so `#/components/schemas/…` resolves inside it
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const validators = new Map<string, ValidateFunction>();

  function validator(path: string, method: string, status: string, mediaType: string) {
    const key = `${method} ${path} ${status} ${mediaType}`;
    let validate = validators.get(key);
    if (!validate) {
      const ref = `${DOC_ID}#/${pointer('paths', path, method, 'responses', status, 'content', mediaType, 'schema')}`;
      validate = ajv.compile({ $ref: ref });
      validators.set(key, validate);
    }
    return validate;
  }

  /** The reasons this answer does not conform (empty when it does). */
  return function check(answer: Answer): string[] {
    if (answer.route === undefined) return []; // not-found handler: no operation to answer for
    const path = openapiPath(answer.route);
    const method = answer.method === 'HEAD' ? 'get' : answer.method.toLowerCase();
    const operation = doc.paths[path]?.[method];
    if (!operation) return answer.hidden ? [] : [`${answer.method} ${path} is not in the document`];
    const where = `${answer.method} ${path} → ${answer.status}`;
    const declared = operation.responses[String(answer.status)];
    if (!declared) return [`${where}: status not declared (declared: ${Object.keys(operation.responses).join(', ')})`];
    const mediaType = mediaTypeOf(answer.contentType);
    const content = declared.content;
    if (!content) {
      return answer.body.length === 0 ? [] : [`${where}: a body (${mediaType}) where none is declared`];
    }
    if (!mediaType || !(mediaType in content))
      return [`${where}: content type ${mediaType} not declared (declared: ${Object.keys(content).join(', ')})`];
    if (answer.method === 'HEAD' || !isJson(mediaType)) return [];
    let body: unknown;
    try {
      body = JSON.parse(answer.body.toString('utf8'));
    } catch {
      return [`${where}: body is not JSON`];
    }
    const validate = validator(path, method, String(answer.status), mediaType);
    if (validate(body)) return [];
    return [`${where}: body does not match the schema: ${ajv.errorsText(validate.errors)} in ${answer.body}`];
  };
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

/**
 * Records every answer of `app` (call before it is ready) and checks it against the app's
 * document; `failures()` lists those that do not conform, `count()` how many were checked.
 */
export function captureAnswers(app: FastifyInstance) {
  const failures: string[] = [];
  let checked = 0;
  let check: ((a: Answer) => string[]) | undefined;
  const bodies = new WeakMap<object, { chunks: Buffer[]; encoding: string | undefined }>();

  // @fastify/compress compresses in a route-level onSend hook, after this one: the payload here is
  // the serialised answer, compressed only when the route sent it so (`sendEncodedJson`)
  app.addHook('onSend', (request, reply, payload, done) => {
    const chunks: Buffer[] = [];
    const encoding = reply.getHeader('content-encoding');
    bodies.set(request, { chunks, encoding: typeof encoding === 'string' ? encoding : undefined });
    if (payload instanceof Readable) {
      const tee = new PassThrough();
      payload.on('data', (c: Buffer | string) => chunks.push(Buffer.from(c)));
      payload.pipe(tee);
      done(null, tee);
      return;
    }
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) chunks.push(Buffer.from(payload));
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    try {
      check ??= conformanceChecker(app.swagger());
      const sent = bodies.get(request) ?? { chunks: [], encoding: undefined };
      const answer: Answer = {
        method: request.method,
        route: request.routeOptions.url,
        hidden: Boolean((request.routeOptions.schema as { hide?: boolean } | undefined)?.hide),
        status: reply.statusCode,
        contentType: reply.getHeader('content-type') as string | undefined,
        // (Fastify sends no body with a 204 or 304, whatever the handler passed on)
        body: [204, 304].includes(reply.statusCode)
          ? Buffer.alloc(0)
          : decode(Buffer.concat(sent.chunks), sent.encoding),
      };
      checked++;
      failures.push(...check(answer));
    } catch (err) {
      failures.push(`checking ${request.method} ${request.url} failed: ${String(err)}`);
    }
    done();
  });
  return { failures: () => failures, count: () => checked };
}
