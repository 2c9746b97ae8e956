/**
 * PostgreSQL error codes that mean something to the API. drizzle ≥ 0.44 wraps driver errors in
 * a DrizzleQueryError with the driver's error on `cause`; PGlite and pg both carry `code`.
 */
export interface PgErrorInfo {
  code: string;
  constraint?: string;
}

export function pgError(err: unknown): PgErrorInfo | null {
  for (
    let e = err as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
    }
    e = e.cause as typeof e;
  }
  return null;
}

export const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';
export const DEADLOCK_DETECTED = '40P01';

/** Connection-level failures: the database is away, not the request wrong. */
export function isConnectionError(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (
      typeof e.code === 'string' &&
      (/^(08|57P)/.test(e.code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(e.code))
    )
      return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect/i.test(e.message)
    )
      return true;
    e = e.cause as typeof e;
  }
  return false;
}
