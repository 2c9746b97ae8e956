/**
 * Desk features and plan positions (contract, "At the door"): the checks the desk routes and the
 * availability filter share. Rooms and tables have no features: the list describes a desk for one
 * person (a monitor, a standing desk …), so a room refuses them rather than keeping them unseen.
 */
import { DESK_FEATURES, type DeskFeature, type PlaceKind } from '@popdesk/shared';
import { badRequest, businessRule } from '../../lib/problems.js';

const known = new Set<string>(DESK_FEATURES);

/**
 * `?features=monitor,quiet` → the features a desk must all have, in the canonical order (so that
 * `quiet,monitor` is one cache entry with `monitor,quiet`); empty items are ignored. An unknown
 * name is a 400 naming it.
 */
export function parseFeatureFilter(value: string | undefined): DeskFeature[] {
  if (!value) return []; // no filter: the common case of every availability read
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.filter((s) => !known.has(s));
  if (unknown.length > 0) {
    const list = unknown.map((s) => `"${s}"`).join(', ');
    throw badRequest(`Unknown desk feature ${list}; known are ${DESK_FEATURES.join(', ')}.`, [
      { path: 'querystring.features', message: `unknown feature ${list}` },
    ]);
  }
  return DESK_FEATURES.filter((f) => names.includes(f));
}

/** Features describe desks; a room or table with any is refused (422 `features-for-desks-only`). */
export function checkFeatures(kind: PlaceKind, features: readonly string[]) {
  if (kind !== 'desk' && features.length > 0)
    throw businessRule(
      'features-for-desks-only',
      'Features for desks only',
      'Only a desk has features (monitor, standing …); a room or table has seats.',
    );
}

/**
 * A place on the floor plan is both coordinates or neither (422 `plan-position-incomplete`). A
 * PATCH that sends one must send the other: moving a desk half-way is never meant.
 */
export function checkPlanPosition(planX: number | null | undefined, planY: number | null | undefined) {
  if (planX === undefined && planY === undefined) return;
  if (planX === undefined || planY === undefined || (planX === null) !== (planY === null))
    throw businessRule(
      'plan-position-incomplete',
      'Plan position incomplete',
      'planX and planY go together: send both numbers (0–1), or both null to take the desk off the plan.',
    );
}

/** The canonical order of a set of features (as DESK_FEATURES lists them), duplicates dropped. */
export const sortFeatures = (features: readonly string[]): DeskFeature[] =>
  DESK_FEATURES.filter((f) => features.includes(f));
