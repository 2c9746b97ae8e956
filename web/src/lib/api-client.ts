/**
 * The one way the web app talks to the API: JSON in and out, the Bearer token attached,
 * RFC 9457 problem documents turned into `ApiError`s, and a 401 on an authenticated request
 * handled in one place (the token is dropped and the registered handler sends the user to login).
 */
import type { Problem } from '@popdesk/shared';
import { expireSession, getToken } from './auth-token';

export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** Seconds to wait before asking again, from a `Retry-After` header (429, 503); null without one. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  /** The last part of the problem `type` URI, e.g. `desk-taken`. */
  get slug(): string {
    return this.problem.type.split('/').pop() ?? '';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let unauthorizedHandler: (() => void) | null = null;
/** Called once by the app: what to do when the server no longer accepts the token. */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Send no token even when signed in: for pages anyone uses without an account (answering a
   * survey), so that an answer never travels with a person's token and an expired one cannot
   * stand in the way.
   */
  anonymous?: boolean;
  /** A file sent as it is, with its own media type, instead of a JSON `body` (the floor plan upload). */
  raw?: Blob;
}

/** A raw fetch against `/api`, with auth and error handling (for downloads). */
export async function apiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const token = options.anonymous ? null : getToken();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.raw !== undefined) headers['Content-Type'] = options.raw.type || 'application/octet-stream';
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError({
      type: 'network-error',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached.',
    });
  }
  if (res.ok) return res;
  const problem = await readProblem(res);
  if (res.status === 401 && token) {
    expireSession();
    unauthorizedHandler?.();
  }
  throw new ApiError(problem, readRetryAfter(res));
}

/** `Retry-After` is seconds or an HTTP date (RFC 9110, 10.2.3). */
function readRetryAfter(res: Response): number | null {
  const value = res.headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function readProblem(res: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: res.statusText || 'Error',
    status: res.status,
    detail: res.statusText || `HTTP ${res.status}`,
  };
  const body = (await res.json().catch(() => null)) as Partial<Problem> | null;
  if (!body || typeof body !== 'object') return fallback;
  return { ...fallback, ...body, status: res.status };
}

/** A JSON request; 204 answers resolve to `undefined`. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await apiFetch(path, options);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
