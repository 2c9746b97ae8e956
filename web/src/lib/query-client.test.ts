import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { createQueryClient } from './query-client';

const failure = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status, detail: 'x' });
const retry = createQueryClient().getDefaultOptions().queries!.retry as (
  failureCount: number,
  error: unknown,
) => boolean;

describe('the query client', () => {
  it('does not ask again after a client error: it would get the same answer', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(retry(0, failure(status))).toBe(false);
  });

  it('asks again, twice at most, when the network or the server failed', () => {
    expect(retry(0, failure(0))).toBe(true);
    expect(retry(1, failure(503))).toBe(true);
    expect(retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retry(2, failure(500))).toBe(false);
  });
});
