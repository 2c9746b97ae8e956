/**
 * Authentication: HS256 JWTs only, with an expiry. `app.authenticate` is the onRequest hook of
 * every protected subtree; it loads the caller fresh from the database (roles and revocation take
 * effect at once) and puts them on `request.auth`. Authorisation is per object, in each feature.
 * How a caller is loaded is the accounts feature's business: app.ts passes its lookup in.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import type { AuthUser } from '../lib/auth-user.js';
import { unauthorized } from '../lib/problems.js';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    signToken: (user: { id: string; role: string }) => string;
  }
  interface FastifyRequest {
    auth: AuthUser | null;
  }
}
declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; role: string };
    user: { sub: string; role: string; iat: number; exp: number };
  }
}

/** JWT_SECRET, or a random secret made once and kept in DATA_DIR (in memory for tests). */
function resolveSecret(configured: string | null, dataDir: string | null): string {
  if (configured) return configured;
  if (!dataDir) return randomBytes(48).toString('base64url');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface AuthOptions {
  /** The caller behind a token's subject (accounts/users-repo.ts `findAuthUser`); null: no such (active) person. */
  findUser: (db: Db, id: string) => Promise<AuthUser | null>;
}

export default fp<AuthOptions>(async (app, { findUser }) => {
  const { config } = app;
  await app.register(jwt, {
    secret: resolveSecret(config.jwtSecret, config.dataDir),
    sign: { algorithm: 'HS256', expiresIn: config.jwtExpiresIn },
    verify: { algorithms: ['HS256'] },
  });
  app.decorateRequest('auth', null);
  app.decorate('signToken', (user: { id: string; role: string }) => app.jwt.sign({ sub: user.id, role: user.role }));
  app.decorate('authenticate', async (request: FastifyRequest) => {
    if (!request.headers.authorization) throw unauthorized('This needs an Authorization: Bearer token.');
    let claims: { sub: string; iat: number };
    try {
      claims = await request.jwtVerify();
    } catch {
      throw unauthorized('The token is invalid or has expired. Log in again.');
    }
    const user = await app.caches.users.load(claims.sub, claims.sub, () => findUser(app.db, claims.sub));
    // Tokens issued before the user's cut-off (erasure, "log out everywhere") no longer count.
    // `iat` has whole seconds, so compare at that precision.
    if (!user || claims.iat < Math.floor(user.tokensValidAfter.getTime() / 1000)) {
      throw unauthorized('The token is no longer valid. Log in again.');
    }
    request.auth = user;
  });
});
