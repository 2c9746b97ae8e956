/**
 * At the door, in the demo: what each desk offers (features), where the desks of two spaces sit on
 * their floor plans (demo-floor-plans.ts), and the demo coworker's favourite desks. All
 * ILLUSTRATIVE: nothing is documented about the towns' furniture beyond the pop-up's seven desks
 * and its conference table.
 */
import type { DeskFeature } from '@popdesk/shared';
import { DEMO_FLOOR_PLANS, type DemoFloorPlan } from './demo-floor-plans.js';
import { DEMO_COWORKER } from './simulation.js';

/** Space key → desk name → features; a desk not named offers none, nor does a room (the API refuses them). */
export const DEMO_DESK_FEATURES: Readonly<Record<string, Readonly<Record<string, DeskFeature[]>>>> = {
  // the four desks at the street windows, two screens, one standing desk, the one by the door kept free to reach
  'oestrich-winkel': {
    'Arbeitsplatz 1': ['window', 'power'],
    'Arbeitsplatz 2': ['window', 'monitor', 'power'],
    'Arbeitsplatz 3': ['window', 'monitor'],
    'Arbeitsplatz 4': ['window', 'power'],
    'Arbeitsplatz 5': ['accessible', 'power'],
    'Arbeitsplatz 6': ['power'],
    'Arbeitsplatz 7': ['standing', 'power'],
  },
  wittenberge: {
    'Arbeitsplatz 1': ['window', 'power'],
    'Arbeitsplatz 2': ['window', 'power'],
    'Arbeitsplatz 3': ['window', 'monitor', 'power'],
    'Arbeitsplatz 4': ['monitor', 'docking', 'power'],
    'Arbeitsplatz 5': ['monitor', 'docking', 'power'],
    'Arbeitsplatz 6': ['monitor', 'power'],
    'Arbeitsplatz 7': ['accessible', 'monitor', 'power'],
    'Arbeitsplatz 8': ['standing', 'power'],
    'Arbeitsplatz 9': ['quiet'],
    'Arbeitsplatz 10': ['quiet', 'power'],
  },
  moelln: {
    'Arbeitsplatz 1': ['window'],
    'Arbeitsplatz 2': ['window', 'power'],
    'Arbeitsplatz 3': ['monitor', 'power'],
    'Arbeitsplatz 4': ['power'],
    'Arbeitsplatz 5': ['accessible', 'power'],
  },
  // the coworker's space: see demo-floor-plans.ts for where each desk stands
  diessen: {
    'Arbeitsplatz 1': ['window', 'monitor', 'power'],
    'Arbeitsplatz 2': ['window', 'monitor', 'power'],
    'Arbeitsplatz 3': ['window', 'monitor', 'docking', 'power'],
    'Arbeitsplatz 4': ['window', 'standing', 'power'],
    'Arbeitsplatz 5': ['monitor', 'docking', 'power'],
    'Arbeitsplatz 6': ['monitor', 'power'],
    'Arbeitsplatz 7': ['accessible', 'monitor', 'power'],
    'Arbeitsplatz 8': ['power'],
    'Arbeitsplatz 9': ['quiet', 'power'],
    'Arbeitsplatz 10': ['quiet', 'window', 'monitor', 'power'],
    'Arbeitsplatz 11': ['quiet', 'power'],
    'Arbeitsplatz 12': ['window', 'standing'],
  },
  dippoldiswalde: {
    'Arbeitsplatz 1': ['monitor', 'docking', 'power'],
    'Arbeitsplatz 2': ['monitor', 'docking', 'power'],
    'Arbeitsplatz 3': ['window'],
    'Arbeitsplatz 4': ['accessible', 'power'],
  },
};

/** The demo coworker's favourites (space key, desk name): by the lake window, and in the quiet area. */
export const DEMO_FAVOURITES: readonly { userKey: string; spaceKey: string; desk: string }[] = [
  { userKey: DEMO_COWORKER, spaceKey: 'diessen', desk: 'Arbeitsplatz 3' },
  { userKey: DEMO_COWORKER, spaceKey: 'diessen', desk: 'Arbeitsplatz 10' },
];

/** What a desk row of the seed gets from the door's demo data. */
export function deskDoorFields(spaceKey: string, deskName: string) {
  const position = DEMO_FLOOR_PLANS[spaceKey]?.positions[deskName];
  return {
    features: [...(DEMO_DESK_FEATURES[spaceKey]?.[deskName] ?? [])],
    planX: position?.planX ?? null,
    planY: position?.planY ?? null,
  };
}

/** The floor_plans rows of the demo, by space key: the SVG as base64, its viewBox size. */
export function demoFloorPlanRows(): { spaceKey: string; plan: DemoFloorPlan; data: string }[] {
  return Object.entries(DEMO_FLOOR_PLANS).map(([spaceKey, plan]) => ({
    spaceKey,
    plan,
    data: Buffer.from(plan.svg, 'utf8').toString('base64'),
  }));
}
