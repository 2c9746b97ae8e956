import type { FastifyRequest } from 'fastify';
import { Problem } from '@popdesk/shared';
import type { AuthUser } from './auth-user.js';
import { unauthorized } from './problems.js';

/** Problem responses for a route's schema, so that every status it can answer is declared. */
export function problems(...codes: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(codes.map((c) => [c, Problem]));
}

/** The authenticated caller; only valid inside a subtree guarded by `app.authenticate`. */
export function caller(request: FastifyRequest): AuthUser {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

/** Whether a route (its method or methods, as onRoute gives them) only reads: GET and HEAD, no body. */
export const onlyReads = (method: string | string[]): boolean =>
  [method].flat().every((m) => m === 'GET' || m === 'HEAD');
