/**
 * At the door (contract, "At the door"): desk features, QR codes, walk-up booking, the space's
 * board — and around them favourites and a floor plan.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, LocalDate } from './primitives.js';

export const DESK_FEATURES = ['monitor', 'standing', 'quiet', 'window', 'power', 'accessible', 'docking'] as const;
export type DeskFeature = (typeof DESK_FEATURES)[number];
export const DeskFeature = Type.Union(DESK_FEATURES.map((f) => Type.Literal(f)));
export const DeskFeatures = Type.Array(DeskFeature, {
  uniqueItems: true,
  maxItems: DESK_FEATURES.length,
  description: 'What the desk offers: monitor, standing, quiet, window, power, accessible, docking',
});

/** `POST /api/desks/:deskId/walk-up`: `until` defaults to the end of the current opening interval. */
export const WalkUpBody = Type.Object({ until: Type.Optional(Instant) }, { additionalProperties: false });
export type WalkUpBody = Static<typeof WalkUpBody>;

export const BOARD_STATES = ['free', 'taken', 'closed'] as const;
export type BoardState = (typeof BOARD_STATES)[number];
export const BoardState = Type.Union(BOARD_STATES.map((s) => Type.Literal(s)));

/** `GET /api/spaces/:spaceId/board`: the space now, for a tablet at the entrance. No personal data. */
export const Board = Type.Object({
  date: LocalDate,
  desks: Type.Array(
    Type.Object({
      deskId: Id,
      name: Type.String(),
      state: BoardState,
      /** while free: until when (the next booking, event or closing time); else null */
      freeUntil: Type.Union([Instant, Type.Null()]),
      /** while taken or closed: the next time it is free today; null when not again today */
      nextFreeAt: Type.Union([Instant, Type.Null()]),
      // ---- extensions ----
      kind: Type.Optional(Type.Union([Type.Literal('desk'), Type.Literal('room')])),
      features: Type.Optional(DeskFeatures),
    }),
  ),
  // ---- extensions ----
  spaceId: Type.Optional(Id),
  spaceName: Type.Optional(Type.String()),
  timezone: Type.Optional(Type.String()),
  now: Type.Optional(Instant),
  /** today's public events of the space (title and times only) */
  events: Type.Optional(
    Type.Array(Type.Object({ id: Id, title: Type.String(), start: Instant, end: Type.Union([Instant]) })),
  ),
  /** the public page to book at (the board shows it as a QR code) */
  bookUrl: Type.Optional(Type.String()),
});
export type Board = Static<typeof Board>;

/** `GET /api/me/favourites`: the caller's favourite desks, with what a list needs to show them. */
export const FavouriteDesk = Type.Object({
  deskId: Id,
  deskName: Type.String(),
  spaceId: Id,
  spaceName: Type.String(),
  town: Type.String(),
  createdAt: Instant,
});
export type FavouriteDesk = Static<typeof FavouriteDesk>;

/** `GET /api/spaces/:spaceId/floor-plan/meta`: the plan's type and size, and where the desks are. */
export const FloorPlanMeta = Type.Object({
  spaceId: Id,
  mediaType: Type.Union([Type.Literal('image/svg+xml'), Type.Literal('image/png')]),
  width: Type.Integer(),
  height: Type.Integer(),
  updatedAt: Instant,
  /** the plan itself: `GET` this URL (public) */
  url: Type.String(),
});
export type FloorPlanMeta = Static<typeof FloorPlanMeta>;

/** `PATCH` of a desk's place on the plan: fractions 0–1 of the plan's width and height, or both null. */
export const PlanPosition = Type.Object({
  planX: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
  planY: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
});
