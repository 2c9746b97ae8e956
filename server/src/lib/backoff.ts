/** Exponential backoff for retried deliveries: base, 2×base, 4×base … capped at a day. */
const MAX_DELAY_MS = 86_400_000;

/** When to try again after the `attempts`-th failed attempt, or null when they are used up. */
export function nextRetry(now: Date, attempts: number, maxAttempts: number, baseMs: number): Date | null {
  if (attempts >= maxAttempts) return null;
  const delay = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return new Date(now.getTime() + delay);
}
