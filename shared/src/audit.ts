import { Type, type Static } from '@sinclair/typebox';
import {
  ADMIN_LIST_DEFAULT,
  ADMIN_LIST_MAX,
  AUDIT_ACTION_MAX,
  AUDIT_OFFSET_MAX,
  AUDIT_TARGET_ID_MAX,
} from './limits.js';
import { Id, Instant } from './primitives.js';

/** One staff or admin action (ids and roles only, no names). */
export const AuditEntry = Type.Object({
  id: Id,
  at: Instant,
  actorId: Type.Union([Id, Type.Null()]),
  actorRole: Type.String(),
  action: Type.String(),
  spaceId: Type.Union([Id, Type.Null()]),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  {
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    actorId: Type.Optional(Id),
    spaceId: Type.Optional(Id),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: AUDIT_ACTION_MAX })),
    targetId: Type.Optional(Type.String({ minLength: 1, maxLength: AUDIT_TARGET_ID_MAX })),
    limit: Type.Integer({ minimum: 1, maximum: ADMIN_LIST_MAX, default: ADMIN_LIST_DEFAULT }),
    offset: Type.Integer({ minimum: 0, maximum: AUDIT_OFFSET_MAX, default: 0 }),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

/** A page of the audit log, newest first; `nextOffset` is null on the last page. */
export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  nextOffset: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPage>;
