import type { Desk } from '@popdesk/shared';

/** Labels on one A4 sheet: three across, four down (about 63 × 69 mm each). */
export const LABELS_PER_SHEET = 12;

/** The desk's short public address, the one its QR code leads to (`/tisch/<id>`). */
export const deskShortUrl = (origin: string, deskId: string) => `${origin}/tisch/${encodeURIComponent(deskId)}`;

/** The address without `https://`, shorter to print and to type. */
export const printableUrl = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * The desks that get a label: desks (walk-up is for desks, not rooms) still in use today or later,
 * in the order staff see them.
 */
export function labelledDesks(desks: readonly Desk[], today: string): Desk[] {
  return desks.filter((d) => d.kind === 'desk' && (d.activeUntil === null || d.activeUntil >= today));
}

/** Splits the labels into sheets, so that a sheet never breaks across printed pages. */
export function toSheets<T>(items: readonly T[], perSheet = LABELS_PER_SHEET): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += perSheet) sheets.push(items.slice(i, i + perSheet));
  return sheets;
}
