/**
 * The demo accounts: one admin, one analyst (reads every report, manages nothing), one coworker,
 * one staff member per space. They exist only in demo mode (SEED=true, the default), and their
 * well-known password is printed at start-up, so they must never be created otherwise.
 */
import type { Role, UserGroup } from '@popdesk/shared';
import { DEMO_COWORKER, staffKey } from './simulation.js';
import { ALL_SPACES } from './towns.js';

export const DEMO_PASSWORD = 'popdesk-demo-2022';

export interface DemoAccount {
  /** How the model refers to this account (`demo:coworker`, `staff:<spaceKey>`, `demo:admin`). */
  key: string;
  email: string;
  name: string;
  role: Role;
  group: UserGroup;
  /** For staff: the space (by key) they run. */
  spaceKey: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'demo:admin',
    email: 'admin@demo.popdesk.invalid',
    name: 'Demo Admin',
    role: 'admin',
    group: 'other',
    spaceKey: null,
  },
  {
    key: 'demo:analyst',
    email: 'analyst@demo.popdesk.invalid',
    name: 'Demo Analyst',
    role: 'analyst',
    group: 'other',
    spaceKey: null,
  },
  {
    key: DEMO_COWORKER,
    email: 'coworker@demo.popdesk.invalid',
    name: 'Demo Coworker',
    role: 'coworker',
    group: 'commuter',
    spaceKey: null,
  },
  ...ALL_SPACES.map((space): DemoAccount => ({
    key: staffKey(space.key),
    email: `staff-${space.key}@demo.popdesk.invalid`,
    name: `Demo Staff ${space.town}`,
    role: 'staff',
    group: 'municipal_staff',
    spaceKey: space.key,
  })),
];
