/**
 * OpenAPI 3 generated from the route schemas, at /docs/json, with interactive docs at /docs.
 *
 * The route schemas stay what Fastify validates and serialises with; what only the document needs
 * is added here, when it is generated: error answers as `application/problem+json` with the one
 * `Problem` schema, a description for every answer, `Retry-After` where a client is told to wait,
 * security per operation (a bearer token inside the authenticated subtree, none outside), and the
 * shared schemas named under `components.schemas` by their export name in `@popdesk/shared`.
 */
import fp from 'fastify-plugin';
import type { RouteOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import * as shared from '@popdesk/shared';
import { Problem } from '@popdesk/shared';

type JsonObject = Record<string, unknown>;
type Responses = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What each error status means for a client of this API (the problem's `type` says which case). */
const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: malformed JSON, or a field or parameter that fails validation (listed in `errors`)',
  401: 'Not authenticated: no bearer token, or an expired or revoked one',
  403: 'Forbidden: the caller may not do this',
  404: 'Not found (or not visible to the caller)',
  409: 'Conflict with existing data (e.g. the desk is booked at that time)',
  413: 'Request body larger than the configured limit (BODY_LIMIT_BYTES)',
  415: 'Unsupported media type: send `Content-Type: application/json`',
  422: 'A business rule refuses the request (opening hours, booking limits, dates …)',
  429: 'Too many attempts: wait as long as `Retry-After` says',
  503: 'Service unavailable (the database does not answer): retry after `Retry-After` seconds',
};

const SUCCESS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No content' };

// (swagger turns each header's schema into the header object; its description moves up)
const RETRY_AFTER = {
  'Retry-After': { type: 'integer', minimum: 0, description: 'Seconds to wait before trying again' },
};

/** Statuses every route accepting a body can answer before its handler runs (parser, size limit). */
const BODY_STATUSES = [400, 413, 415];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function ensureProblems(route: RouteOptions, codes: number[]) {
  const schema = (route.schema ??= {});
  const response = (schema.response ??= {}) as Responses;
  for (const code of codes) response[code] ??= Problem;
}

/** Global onRoute hook: a route that reads a body also answers 400, 413 and 415. */
function declareBodyAnswers(route: RouteOptions) {
  if (route.schema?.hide || !route.schema?.response) return;
  if ([route.method].flat().some((m) => BODY_METHODS.has(m))) ensureProblems(route, BODY_STATUSES);
}

/**
 * onRoute hook of the authenticated subtree (app.ts): its operations need a bearer token and all
 * of them can answer 401.
 */
export function requireBearer(route: RouteOptions) {
  ensureProblems(route, [401]);
  (route.schema as JsonObject).security = [{ bearer: [] }];
}

/** The shared schemas by identity, so that the document can name them as they are exported. */
const SHARED_NAMES = new Map<unknown, string>(
  Object.entries(shared)
    .filter(([, v]) => isObject(v) && (v.type === 'object' || Array.isArray(v.anyOf)) && Object.keys(v).length > 1)
    .map(([name, v]) => [v, name]),
);

/** A deep copy of a route schema where each shared object schema carries its name as `title`. */
function named(node: unknown, seen = new Map<unknown, unknown>()): unknown {
  if (typeof node !== 'object' || node === null) return node;
  if (seen.has(node)) return seen.get(node);
  const copy: JsonObject | unknown[] = Array.isArray(node) ? [] : {};
  seen.set(node, copy);
  for (const [k, v] of Object.entries(node)) (copy as JsonObject)[k] = named(v, seen);
  if (Array.isArray(copy)) return copy;
  // the resolver would collect an `$id` as a definition of its own; the name is the title
  delete copy.$id;
  const name = SHARED_NAMES.get(node);
  if (name) copy.title = name;
  return copy;
}

function successDescription(status: number, schema: JsonObject): string {
  if (typeof schema.description === 'string') return schema.description;
  const text = SUCCESS_TEXT[status] ?? 'Success';
  const items = isObject(schema.items) ? SHARED_NAMES.get(schema.items) : undefined;
  const what = SHARED_NAMES.get(schema) ?? (items ? `list of ${items}` : undefined);
  return what ? `${text}: ${what}` : text;
}

/** One answer of the document: problem+json for errors, a description for every one. */
function documentedAnswer(status: number, answer: unknown): unknown {
  if (!isObject(answer)) return answer;
  if (answer === Problem || answer.$id === 'Problem') {
    return {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'A problem document (RFC 9457)',
      ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
      content: { 'application/problem+json': { schema: named(Problem) } },
    };
  }
  if (isObject(answer.content)) {
    return { ...answer, description: answer.description ?? SUCCESS_TEXT[status], content: named(answer.content) };
  }
  if (answer.type === 'null') return { type: 'null', description: successDescription(status, answer) };
  return {
    description: successDescription(status, answer),
    content: { 'application/json': { schema: named(answer) } },
  };
}

/** swagger `transform`: the document's view of one route schema (the route itself is untouched). */
function documentedSchema(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'response' ? value : named(value);
  const response = isObject(schema.response) ? schema.response : {};
  out.response = Object.fromEntries(
    Object.entries(response).map(([status, answer]) => [status, documentedAnswer(Number(status), answer)]),
  );
  out.security = schema.security ?? [];
  return out;
}

/**
 * swagger `transformObject`: each titled (shared) schema moves to `components.schemas` under its
 * name and is referenced from where it was used.
 */
function withComponents(doc: JsonObject): JsonObject {
  const components = (doc.components ?? {}) as JsonObject;
  const schemas = (components.schemas ?? {}) as JsonObject;
  const hoist = (node: unknown, isSchema: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => hoist(n, isSchema));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      // property names and examples are data, not schemas
      out[k] = k === 'example' || k === 'examples' || k === 'enum' ? v : hoist(v, isSchema || k === 'schema');
    }
    // OpenAPI 3.0 schemas have one `example`, not JSON Schema's `examples` list
    if (isSchema && Array.isArray(out.examples)) {
      out.example = out.examples[0];
      delete out.examples;
    }
    if (isSchema && typeof out.title === 'string' && SHARED_NAMES.size > 0 && isSharedName(out.title)) {
      const name = out.title;
      const known = schemas[name];
      if (known === undefined) schemas[name] = out;
      else if (JSON.stringify(known) !== JSON.stringify(out))
        throw new Error(`two different schemas are named ${name} in the OpenAPI document`);
      return { $ref: `#/components/schemas/${name}` };
    }
    return out;
  };
  const paths = hoist(doc.paths, false);
  return { ...doc, paths, components: { ...components, schemas } };
}

const SHARED_NAME_SET = new Set(SHARED_NAMES.values());
const isSharedName = (name: string) => SHARED_NAME_SET.has(name);

export default fp(async (app) => {
  app.addHook('onRoute', declareBodyAnswers);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'PopDesk API',
        description:
          'Booking and occupancy platform for public coworking spaces. Errors are RFC 9457 problem documents ' +
          '(`application/problem+json`). Operations marked with a lock need `Authorization: Bearer <token>` ' +
          '(from /api/auth/login or /api/auth/register); the others are public.',
        version: '0.1.0',
        license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl' },
      },
      servers: [{ url: app.config.publicUrl ?? '/', description: 'This PopDesk instance' }],
      tags: [
        { name: 'accounts', description: 'Registration, login and the caller’s own account' },
        { name: 'spaces', description: 'Spaces, desks, opening hours, closures and availability' },
        { name: 'bookings', description: 'Bookings, weekly series and calendar files' },
        { name: 'waitlist', description: 'Waiting for a desk on a full day' },
        {
          name: 'events',
          description: 'Workshops, trial days and meetings with limited places; registrations and the waitlist',
        },
        {
          name: 'surveys',
          description: 'Surveys of a town or a space, anonymous answers, results and the evidence of demand',
        },
        { name: 'notifications', description: 'In-app notifications' },
        { name: 'reports', description: 'Monthly and usage reports (JSON or CSV)' },
        { name: 'privacy', description: 'What the privacy notice needs' },
        { name: 'audit', description: 'Audit log of staff and admin actions' },
        { name: 'admin', description: 'Webhooks and the e-mail outbox' },
        { name: 'health', description: 'Liveness and readiness for load balancers' },
      ],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: ({ schema, url }) => ({ schema: documentedSchema((schema ?? {}) as JsonObject) as never, url }),
    transformObject: (documentObject) =>
      withComponents((documentObject as { openapiObject: JsonObject }).openapiObject) as never,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
});
