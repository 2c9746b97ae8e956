import type { UserGroup } from '@popdesk/shared';

/**
 * The groups people can say they belong to. Kept here as plain data (the shared module would
 * pull the schema library into the bundle); the type check below fails if shared/ adds one.
 */
export const GROUPS = [
  'commuter',
  'freelancer',
  'employee_remote',
  'municipal_staff',
  'student',
  'volunteer',
  'other',
] as const satisfies readonly UserGroup[];
type Missing = Exclude<UserGroup, (typeof GROUPS)[number]>;
const complete: Missing extends never ? true : false = true;
void complete;
