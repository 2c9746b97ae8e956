import type { Problem } from '@popdesk/shared';

/** A failed API call, carrying the server's RFC 9457 problem document. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

export async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(`/api${path}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as Problem | null;
    throw new ApiError(problem ?? { type: 'about:blank', title: res.statusText, status: res.status, detail: res.statusText });
  }
  return (await res.json()) as T;
}
