import type { Closure } from '@popdesk/shared';

/** The closures made in one action (a range shares a batch id), shown and removed together. */
export interface ClosureGroup {
  key: string;
  batchId: string | null;
  dates: string[];
  first: string;
  last: string;
  reason: string | null;
  starts: string | null;
  ends: string | null;
}

/**
 * Consecutive closures (by date) of one batch form a group; a closure without a batch id (made
 * before ranges existed, or by the demo data) is a group of its own.
 */
export function groupClosures(closures: readonly Closure[]): ClosureGroup[] {
  const sorted = [...closures].sort((a, b) => a.date.localeCompare(b.date));
  const groups: ClosureGroup[] = [];
  for (const c of sorted) {
    const last = groups[groups.length - 1];
    if (last && c.batchId && last.batchId === c.batchId) {
      last.dates.push(c.date);
      last.last = c.date;
      continue;
    }
    groups.push({
      key: c.batchId ?? c.date,
      batchId: c.batchId ?? null,
      dates: [c.date],
      first: c.date,
      last: c.date,
      reason: c.reason,
      starts: c.starts ?? null,
      ends: c.ends ?? null,
    });
  }
  return groups;
}

/** Upcoming groups (any date from today) by date, past ones newest first. */
export function splitByToday(groups: ClosureGroup[], today: string) {
  return {
    upcoming: groups.filter((g) => g.last >= today),
    past: groups.filter((g) => g.last < today).reverse(),
  };
}

/** The months (`YYYY-MM`) of the dates before today: whose reports a change would alter. */
export function pastMonths(dates: readonly string[], today: string): string[] {
  return [...new Set(dates.filter((d) => d < today).map((d) => d.slice(0, 7)))].sort();
}

/** Every date from `from` to `until` inclusive (`YYYY-MM-DD`, calendar arithmetic in UTC). */
export function datesBetween(from: string, until: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${until}T00:00:00Z`);
  while (d <= end && out.length <= 400) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
