/**
 * Records every successful write by staff or admins in the audit log. A hook rather than a call
 * in each handler, so that a new staff route cannot forget it; routes named here get a stable
 * action name, any other write is recorded under its method and route pattern. Only ids, roles
 * and non-personal facts are stored (never names, e-mails or guest names).
 */
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { onlyReads } from '../../lib/http.js';
import { recordAudit, spaceOfBooking, spaceOfDesk, spaceOfEvent, spaceOfSurvey } from './audit-repo.js';

interface Action {
  name: string;
  targetType: string;
  /** the target id from params or from the answer */
  target: (params: Record<string, string>, answer: Record<string, unknown> | null) => string | null;
  details?: (body: Record<string, unknown>, answer: Record<string, unknown> | null) => Record<string, unknown> | null;
}

const fromAnswer = (_p: Record<string, string>, a: Record<string, unknown> | null) =>
  typeof a?.id === 'string' ? a.id : null;

export const AUDITED_ACTIONS: Record<string, Action> = {
  'POST /api/spaces': { name: 'space.create', targetType: 'space', target: fromAnswer },
  'PATCH /api/spaces/:spaceId': {
    name: 'space.update',
    targetType: 'space',
    target: (p) => p.spaceId!,
    details: (b) => ({ fields: Object.keys(b).sort() }),
  },
  'POST /api/spaces/:spaceId/desks': { name: 'desk.create', targetType: 'desk', target: fromAnswer },
  'PATCH /api/desks/:deskId': {
    name: 'desk.update',
    targetType: 'desk',
    target: (p) => p.deskId!,
    details: (b) => ({ fields: Object.keys(b).sort() }),
  },
  'DELETE /api/desks/:deskId': { name: 'desk.delete', targetType: 'desk', target: (p) => p.deskId! },
  'PUT /api/spaces/:spaceId/opening-hours': {
    name: 'opening_hours.replace',
    targetType: 'space',
    target: (p) => p.spaceId!,
    details: (b) => ({ intervals: Array.isArray(b) ? b.length : 0 }),
  },
  'POST /api/spaces/:spaceId/closures': {
    name: 'closure.create',
    targetType: 'closure',
    target: (p, a) => `${p.spaceId}/${String(a?.date ?? '')}`,
    // a range and a window are facts about the space, not about anyone
    details: (b, a) => ({
      until: a?.until ?? null,
      dates: Array.isArray(a?.dates) ? a.dates.length : 1,
      window: a?.starts ? `${String(a.starts)}-${String(a.ends)}` : null,
      batchId: a?.batchId ?? null,
      confirmPast: b.confirmPast === true,
    }),
  },
  'DELETE /api/spaces/:spaceId/closures/:date': {
    name: 'closure.delete',
    targetType: 'closure',
    target: (p) => `${p.spaceId}/${p.date}`,
  },
  'DELETE /api/spaces/:spaceId/closure-batches/:batchId': {
    name: 'closure.delete_batch',
    targetType: 'closure_batch',
    target: (p) => `${p.spaceId}/${p.batchId}`,
  },
  'POST /api/bookings': {
    name: 'booking.create',
    targetType: 'booking',
    target: fromAnswer,
    // for whom: an account id, or just the fact that it was a guest (the guest's name stays out)
    details: (_b, a) => ({ forUserId: a?.userId ?? null, guest: a?.guestName != null }),
  },
  'POST /api/bookings/:bookingId/cancel': {
    name: 'booking.cancel',
    targetType: 'booking',
    target: (p) => p.bookingId!,
  },
  'POST /api/bookings/:bookingId/check-in': {
    name: 'booking.check_in',
    targetType: 'booking',
    target: (p) => p.bookingId!,
  },
  // events: facts about the event (fields changed, how many copies), never the title or a message
  'POST /api/spaces/:spaceId/events': {
    name: 'event.create',
    targetType: 'event',
    target: fromAnswer,
    details: (b) => ({ kind: b.kind ?? null, capacity: b.capacity ?? null, public: b.public !== false }),
  },
  'PATCH /api/events/:eventId': {
    name: 'event.update',
    targetType: 'event',
    target: (p) => p.eventId!,
    details: (b) => ({ fields: Object.keys(b).sort() }),
  },
  'POST /api/events/:eventId/cancel': {
    name: 'event.cancel',
    targetType: 'event',
    target: (p) => p.eventId!,
    details: (b) => ({ message: typeof b.message === 'string' && b.message.trim() !== '' }),
  },
  'POST /api/events/:eventId/duplicate': {
    name: 'event.duplicate',
    targetType: 'event',
    target: (p) => p.eventId!,
    details: (b) => ({ dates: Array.isArray(b.dates) ? b.dates.length : 0 }),
  },
  // surveys: the town and which fields changed, never a title, a question or an answer
  'POST /api/surveys': {
    name: 'survey.create',
    targetType: 'survey',
    target: fromAnswer,
    details: (_b, a) => ({ town: a?.town ?? null, template: a?.template ?? null }),
  },
  'PATCH /api/surveys/:surveyId': {
    name: 'survey.update',
    targetType: 'survey',
    target: (p) => p.surveyId!,
    details: (b) => ({ fields: Object.keys(b).sort(), status: b.status ?? null }),
  },
  'DELETE /api/surveys/:surveyId': { name: 'survey.delete', targetType: 'survey', target: (p) => p.surveyId! },
  'PUT /api/users/:userId/role': {
    name: 'user.role_change',
    targetType: 'user',
    target: (p) => p.userId!,
    details: (b) => ({ role: b.role ?? null, spaceIds: Array.isArray(b.spaceIds) ? b.spaceIds : [] }),
  },
};

/** The caller's own account and public routes are not staff actions. */
const NOT_AUDITED = /^\/api\/(me(\/|$)|auth\/)/;

function parseAnswer(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return null;
  try {
    return JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export default fp(async (app) => {
  /** The space a target belongs to, looked up before the handler runs (a deleted desk is gone after). */
  const findSpace = async (request: FastifyRequest & { auditSpaceId?: string | null }) => {
    if (!request.auth || request.auth.role === 'coworker') return;
    const params = (request.params ?? {}) as Record<string, string>;
    if (params.spaceId) request.auditSpaceId = params.spaceId;
    else if (params.deskId) {
      request.auditSpaceId = await spaceOfDesk(app.db, params.deskId).catch(() => null);
    } else if (params.bookingId) {
      request.auditSpaceId = await spaceOfBooking(app.db, params.bookingId).catch(() => null);
    } else if (params.eventId) {
      request.auditSpaceId = await spaceOfEvent(app.db, params.eventId).catch(() => null);
    } else if (params.surveyId) {
      request.auditSpaceId = await spaceOfSurvey(app.db, params.surveyId).catch(() => null);
    }
  };

  const record = async (
    request: FastifyRequest & { auditSpaceId?: string | null },
    reply: FastifyReply,
    payload: unknown,
  ) => {
    const actor = request.auth;
    if (!actor || actor.role === 'coworker') return payload;
    if (reply.statusCode >= 300 || reply.getHeader('idempotent-replayed')) return payload;
    const route = request.routeOptions.url ?? '';
    if (NOT_AUDITED.test(route)) return payload;
    const params = (request.params ?? {}) as Record<string, string>;
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const answer = parseAnswer(payload);
    const known = AUDITED_ACTIONS[`${request.method} ${route}`];
    try {
      await recordAudit(app.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: known?.name ?? `${request.method} ${route}`,
        spaceId: request.auditSpaceId ?? (typeof answer?.spaceId === 'string' ? answer.spaceId : null),
        targetType: known?.targetType ?? null,
        targetId: known ? known.target(params, answer) : (Object.values(params)[0] ?? null),
        details: known?.details?.(body, answer) ?? null,
        at: app.clock(),
      });
    } catch (err) {
      // the action itself has happened; a lost audit line is logged loudly, not turned into an error
      request.log.error({ err }, 'audit log write failed');
    }
    return payload;
  };

  // Only writes are audited: the two hooks go on the routes of other methods, so that reads (the
  // bulk of all requests, and the hot availability read) pass no audit hook at all.
  app.addHook('onRoute', (route) => {
    if (onlyReads(route.method)) return;
    route.preHandler = [...hookList(route.preHandler), findSpace];
    route.onSend = [...hookList(route.onSend), record];
  });
});

/** A route option's hooks as a list (it may be absent, one function or an array). */
function hookList<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}
