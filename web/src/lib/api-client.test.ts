import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, onUnauthorized } from './api-client';
import { getToken, setToken } from './auth-token';
import { mockApi, problem } from '../test/render';
import { problemMessage } from './problem-message';
import i18n from './i18n';

describe('API client', () => {
  it('sends JSON with the bearer token and parses the answer', async () => {
    setToken('tok');
    const calls = mockApi({ 'POST /api/things': () => ({ status: 201, body: { ok: true } }) });
    await expect(api('/things', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ ok: true });
    expect(calls[0]!.headers).toMatchObject({ Authorization: 'Bearer tok', 'Content-Type': 'application/json' });
    expect(calls[0]!.body).toEqual({ a: 1 });
  });

  it('sends no token when asked to be anonymous, and keeps the session on a 401 then', async () => {
    setToken('tok');
    const calls = mockApi({ 'POST /api/surveys/s1/responses': () => problem(401, 'unauthorized') });
    await expect(api('/surveys/s1/responses', { method: 'POST', body: {}, anonymous: true })).rejects.toThrow();
    expect(calls[0]!.headers).not.toHaveProperty('Authorization');
    expect(getToken()).toBe('tok');
  });

  it('turns problem+json into a typed error with its slug', async () => {
    mockApi({ 'POST /api/bookings': () => problem(409, 'desk-taken', 'Desk already booked') });
    const err = (await api('/bookings', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(409);
    expect(err.slug).toBe('desk-taken');
    expect(err.message).toBe('Desk already booked');
  });

  it('keeps how long to wait from Retry-After, in seconds or as a date', async () => {
    mockApi({
      'POST /api/a': () => ({ ...problem(429, 'too-many-responses'), headers: { 'Retry-After': '120' } }),
      'POST /api/b': () => ({
        ...problem(429, 'too-many-responses'),
        headers: { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() },
      }),
      'POST /api/c': () => problem(409, 'desk-taken'),
    });
    const fail = (path: string) =>
      api<null>(path, { method: 'POST', body: {} }).then(
        () => expect.fail('no error'),
        (e: unknown) => e as ApiError,
      );
    expect((await fail('/a')).retryAfter).toBe(120);
    expect((await fail('/b')).retryAfter).toBeGreaterThanOrEqual(58);
    expect((await fail('/b')).retryAfter).toBeLessThanOrEqual(60);
    expect((await fail('/c')).retryAfter).toBeNull();
  });

  it('keeps the status of an answer that is not a problem document', async () => {
    globalThis.fetch = (() =>
      Promise.resolve(
        new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      )) as typeof fetch;
    const err = (await api('/me/waitlist').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(err.message).toBe('Bad Gateway');
  });

  it('drops the token and calls the handler once on a 401 for an authenticated request', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    setToken('expired');
    mockApi({ 'GET /api/me': () => problem(401, 'unauthorized') });
    await expect(api('/me')).rejects.toBeInstanceOf(ApiError);
    expect(getToken()).toBeNull();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('does not treat a failed login (no token) as an expired session', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    mockApi({ 'POST /api/auth/login': () => problem(401, 'unauthorized') });
    await expect(api('/auth/login', { method: 'POST', body: {} })).rejects.toBeInstanceOf(ApiError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as a network error', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const err = (await api('/spaces').catch((e: unknown) => e)) as ApiError;
    expect(err.slug).toBe('network-error');
  });
});

describe('readable problem messages', () => {
  const t = i18n.t.bind(i18n);
  const err = (status: number, slug: string, extra = {}) =>
    new ApiError({
      type: `https://popdesk.app/problems/${slug}`,
      title: slug,
      status,
      detail: `detail of ${slug}`,
      ...extra,
    });

  it('uses the text for a known problem type, in the current language', async () => {
    expect(problemMessage(err(409, 'desk-taken'), t, 'de')).toMatch(/schon belegt/);
    await i18n.changeLanguage('en');
    expect(problemMessage(err(409, 'desk-taken'), i18n.t.bind(i18n), 'en')).toMatch(/already taken/);
  });

  it('falls back to the status, and lists invalid fields', () => {
    expect(problemMessage(err(403, 'forbidden'), t, 'de')).toBe('Dazu fehlt Ihnen die Berechtigung.');
    expect(
      problemMessage(err(400, 'validation-error', { errors: [{ path: 'body.email', message: 'bad' }] }), t, 'de'),
    ).toBe('Bitte prüfen Sie Ihre Eingaben (email).');
    expect(problemMessage(new Error('boom'), t, 'de')).toBe(t('problems.unknown'));
  });
});
