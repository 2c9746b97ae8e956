/** What the upload checks before sending (the server checks again, and more). */
import { FLOOR_PLAN_MAX_BYTES } from '@popdesk/shared';

export const PLAN_TYPES = ['image/svg+xml', 'image/png'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** A file's type, from its media type or, when the browser does not say, from its name. */
export function planTypeOf(file: Pick<File, 'type' | 'name'>): PlanType | null {
  if ((PLAN_TYPES as readonly string[]).includes(file.type)) return file.type as PlanType;
  if (file.type === '' && /\.svg$/i.test(file.name)) return 'image/svg+xml';
  if (file.type === '' && /\.png$/i.test(file.name)) return 'image/png';
  return null;
}

export type FileProblem = { kind: 'none' } | { kind: 'wrong-type' } | { kind: 'too-big'; size: number };

export function checkPlanFile(file: Pick<File, 'type' | 'name' | 'size'> | null): FileProblem | null {
  if (!file) return { kind: 'none' };
  if (!planTypeOf(file)) return { kind: 'wrong-type' };
  if (file.size > FLOOR_PLAN_MAX_BYTES) return { kind: 'too-big', size: file.size };
  return null;
}

/** Bytes as megabytes, in the reader's language ("1 MB", "1,2 MB"). */
export const megabytes = (bytes: number, lng: string) =>
  `${new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
