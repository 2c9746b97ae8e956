/**
 * Production never runs with a published secret: docker-compose.yml (the production path) requires
 * JWT_SECRET, ADMIN_EMAIL and ADMIN_PASSWORD and seeds no demo data; with SEED=false (production)
 * PopDesk refuses to start with a JWT secret or admin password published in its own files, and in
 * demo mode it warns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { PUBLISHED_SECRETS, publishedSecretsIn } from '../../src/lib/published-secrets.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';

const OWN_SECRET = 'a-secret-of-our-own-that-nobody-has-read-0123456789';
const root = (file: string) => fileURLToPath(new URL(`../../../${file}`, import.meta.url));

describe('PopDesk with SEED=false (production)', () => {
  it.each(PUBLISHED_SECRETS)('refuses to start with the published JWT_SECRET or ADMIN_PASSWORD %s', (value) => {
    if (value.length >= 32) {
      expect(() => loadConfig({ SEED: 'false', JWT_SECRET: value })).toThrow(ConfigError);
      expect(() => loadConfig({ SEED: 'false', JWT_SECRET: value })).toThrow(/JWT_SECRET/);
    }
    if (value.length >= 10) {
      const env = { SEED: 'false', JWT_SECRET: OWN_SECRET, ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: value };
      expect(() => loadConfig(env)).toThrow(/ADMIN_PASSWORD/);
    }
  });

  it('starts with secrets of its own', () => {
    const config = loadConfig({
      SEED: 'false',
      JWT_SECRET: OWN_SECRET,
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'our own admin password',
    });
    expect(config.seed).toBe(false);
    expect(config.jwtSecret).toBe(OWN_SECRET);
  });

  it('knows the demo accounts’ password as published', () => {
    expect(PUBLISHED_SECRETS).toContain(DEMO_PASSWORD);
  });
});

describe('PopDesk in demo mode (SEED=true)', () => {
  it('starts with a published secret, and names it for the warning', () => {
    const config = loadConfig({
      JWT_SECRET: 'change-this-secret-before-production-use-0123456789',
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'change-me-please',
    });
    expect(publishedSecretsIn({ jwtSecret: config.jwtSecret, adminPassword: config.admin!.password })).toEqual([
      'JWT_SECRET',
      'ADMIN_PASSWORD',
    ]);
    expect(publishedSecretsIn({ jwtSecret: OWN_SECRET, adminPassword: null })).toEqual([]);
  });
});

describe('docker-compose.yml, the production path', () => {
  const compose = readFileSync(root('docker-compose.yml'), 'utf8');

  it('publishes no secret, no password and no default for them', () => {
    for (const value of PUBLISHED_SECRETS) expect(compose).not.toContain(value);
    expect(compose).not.toMatch(/JWT_SECRET: \$\{JWT_SECRET:-/);
    expect(compose).not.toMatch(/ADMIN_PASSWORD: \$\{ADMIN_PASSWORD:-/);
  });

  it('requires JWT_SECRET, ADMIN_EMAIL and ADMIN_PASSWORD and seeds nothing, in every app service', () => {
    // the single instance and the scaled instances (one YAML anchor for the three)
    const required = (name: string) => compose.match(new RegExp(`${name}: \\$\\{${name}:\\?`, 'g'))?.length ?? 0;
    expect(required('JWT_SECRET')).toBe(2);
    expect(required('ADMIN_EMAIL')).toBe(2);
    expect(required('ADMIN_PASSWORD')).toBe(2);
    expect(compose.match(/SEED: 'false'/g)).toHaveLength(2);
    expect(compose).not.toMatch(/SEED: 'true'/);
  });

  it('leaves the demo to docker-compose.try.yml, which says what it is', () => {
    const tryIt = readFileSync(root('docker-compose.try.yml'), 'utf8');
    expect(tryIt).toMatch(/never production/);
    expect(tryIt).not.toMatch(/^\s+(JWT_SECRET|ADMIN_PASSWORD):/m);
  });
});
