/**
 * How survey figures avoid singling anyone out (contract: counts of 1 or 2 are folded).
 *
 * - Primary folding: a count of 1 or 2 is shown as `n: null, folded: true`.
 * - Secondary folding (the demand evidence only; the contract's results fold option by option):
 *   where every respondent picks exactly one option (a scale point, a price band), the counts add
 *   up to `n`. If only one count were folded it could be worked out as `n` minus the others, so the
 *   smallest other count above zero is folded with it.
 * - The price simulation moves in steps of at least three people (see `coarsenPrices`).
 */
import { SURVEY_FOLD_BELOW, type OptionCount } from '@popdesk/shared';

const folds = (n: number) => n > 0 && n < SURVEY_FOLD_BELOW;

/** 1 or 2 → folded; 0 and 3 or more are shown. */
export const foldCount = (option: string, n: number): OptionCount =>
  folds(n) ? { option, n: null, folded: true } : { option, n };

/**
 * Counts of options each respondent picks at most one of (they add up to n): primary folding, and
 * when exactly one count is folded, the smallest other count above zero too.
 */
export function foldExclusive(counts: readonly { option: string; n: number }[]): OptionCount[] {
  const folded = counts.map((c) => foldCount(c.option, c.n));
  if (folded.filter((c) => c.folded).length !== 1) return folded;
  let smallest = -1;
  counts.forEach((c, i) => {
    if (!folded[i]!.folded && c.n > 0 && (smallest < 0 || c.n < counts[smallest]!.n)) smallest = i;
  });
  if (smallest >= 0) folded[smallest] = { option: counts[smallest]!.option, n: null, folded: true };
  return folded;
}

/**
 * Stated prices for the simulation, in groups of at least three: from the highest down, each group of
 * three (the last one with the one or two left over) counts at its lowest price. The share paying at
 * least P then only ever drops by three or more people, so no single answer shows as a step — and
 * the estimate leans low, which suits a stated willingness that overstates real payment anyway.
 */
export function coarsenPrices(prices: readonly number[]): number[] {
  const sorted = [...prices].sort((a, b) => b - a);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i += SURVEY_FOLD_BELOW) {
    const rest = sorted.length - (i + SURVEY_FOLD_BELOW);
    const group = sorted.slice(i, rest > 0 && rest < SURVEY_FOLD_BELOW ? sorted.length : i + SURVEY_FOLD_BELOW);
    const lowest = group[group.length - 1]!;
    out.push(...group.map(() => lowest));
    if (group.length > SURVEY_FOLD_BELOW) break;
  }
  return out;
}
