/** Months as `YYYY-MM` strings, counted: every report module's month arithmetic in one place. */

/** The month as a count of months since year 0 (January 0000 = 0). */
export const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The `YYYY-MM` month of a count (the inverse of monthIndex). */
export const monthAt = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** `YYYY-MM` plus `n` months. */
export const addMonths = (month: string, n: number) => monthAt(monthIndex(month) + n);
