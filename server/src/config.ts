/**
 * Configuration, parsed and validated once at start-up. Everything else receives a typed
 * `Config`; nothing else reads `process.env`.
 */
import { isIP } from 'node:net';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { publishedSecretsIn } from './lib/published-secrets.js';

const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '0.0.0.0' }),
  DATA_DIR: Type.String({ default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  REPORTS_DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  REPORTS_PARALLEL: Type.Integer({ minimum: 1, maximum: 8, default: 2 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  REDIS_KEY_PREFIX: Type.String({ minLength: 1, maxLength: 100, default: 'popdesk:' }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  JWT_EXPIRES_IN: Type.String({ default: '12h' }),
  ADMIN_EMAIL: Type.Optional(Type.String({ minLength: 3 })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 10 })),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  SCHEDULER_INTERVAL_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 60 }),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: Type.Integer({ minimum: 1, default: 10 }),
  LOGIN_MAX_FAILURES_PER_CLIENT: Type.Integer({ minimum: 1, default: 50 }),
  LOGIN_WINDOW_MINUTES: Type.Integer({ minimum: 1, default: 15 }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 64 * 1024 }),
  // true / false, or the reverse proxies' addresses and subnets (comma-separated)
  TRUST_PROXY: Type.String({ pattern: '^[0-9A-Za-z.:/, ]+$', default: 'false' }),
  SEED: Type.Boolean({ default: true }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'PopDesk <no-reply@popdesk.invalid>' }),
  MAIL_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 50, default: 8 }),
  WEBHOOK_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  WEBHOOK_TIMEOUT_SECONDS: Type.Integer({ minimum: 1, maximum: 120, default: 10 }),
  WEBHOOK_ALLOW_PRIVATE: Type.Boolean({ default: false }),
  RETRY_BASE_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 60 }),
  REGISTER_MAX_PER_CLIENT: Type.Integer({ minimum: 1, default: 20 }),
  REGISTER_MAX_PER_ACCOUNT: Type.Integer({ minimum: 1, default: 5 }),
  SURVEY_RESPONSES_PER_CLIENT: Type.Integer({ minimum: 1, default: 30 }),
  CORS_ORIGINS: Type.Optional(Type.String()),
  REQUEST_TIMEOUT_SECONDS: Type.Integer({ minimum: 1, maximum: 600, default: 30 }),
  SHUTDOWN_DRAIN_SECONDS: Type.Integer({ minimum: 0, maximum: 300, default: 5 }),
  RETENTION_MONTHS: Type.Integer({ minimum: 1, maximum: 240, default: 24 }),
  MESSAGE_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 90 }),
  PRIVACY_CONTROLLER_NAME: Type.Optional(Type.String({ maxLength: 200 })),
  PRIVACY_CONTROLLER_ADDRESS: Type.Optional(Type.String({ maxLength: 500 })),
  PRIVACY_CONTROLLER_EMAIL: Type.Optional(Type.String({ maxLength: 254 })),
  PRIVACY_DPO_EMAIL: Type.Optional(Type.String({ maxLength: 254 })),
  PASSWORD_RESET_MAX_PER_CLIENT: Type.Integer({ minimum: 1, default: 20 }),
  PASSWORD_RESET_MAX_PER_ACCOUNT: Type.Integer({ minimum: 1, default: 3 }),
  IMPRINT_NAME: Type.Optional(Type.String({ maxLength: 200 })),
  IMPRINT_ADDRESS: Type.Optional(Type.String({ maxLength: 500 })),
  IMPRINT_REPRESENTATIVE: Type.Optional(Type.String({ maxLength: 200 })),
  IMPRINT_EMAIL: Type.Optional(Type.String({ maxLength: 254 })),
  IMPRINT_PHONE: Type.Optional(Type.String({ maxLength: 50 })),
  IMPRINT_VAT_ID: Type.Optional(Type.String({ maxLength: 50 })),
  IMPRINT_CONTENT_RESPONSIBLE: Type.Optional(Type.String({ maxLength: 300 })),
});
type Env = Static<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  /** Where PGlite keeps its files (and the generated JWT secret); null = in memory (tests). */
  dataDir: string | null;
  databaseUrl: string | null;
  /** A read replica for the report queries (optional; the primary otherwise). */
  reportsDatabaseUrl: string | null;
  /** Connections a report over many spaces is computed on side by side (PostgreSQL only). */
  reportsParallel: number;
  /** Login and registration throttling in Redis (shared by every instance) instead of PostgreSQL. */
  redis: { url: string | null; keyPrefix: string };
  jwtSecret: string | null;
  jwtExpiresIn: string;
  admin: { email: string; password: string } | null;
  publicUrl: string | null;
  logLevel: string;
  schedulerIntervalMs: number;
  login: { maxFailuresPerAccount: number; maxFailuresPerClient: number; windowMs: number };
  /** Registration attempts per client address and per e-mail address in the login window. */
  register: { maxPerClient: number; maxPerAccount: number };
  /** Survey responses per client address in the login window (beyond: 429). */
  surveys: { maxResponsesPerClient: number };
  /** Browser origins allowed by CORS; empty = CORS closed (the SPA is served same-origin). */
  corsOrigins: string[];
  requestTimeoutMs: number;
  /**
   * After SIGTERM/SIGINT, how long /ready answers 503 (while every other request is still served)
   * before the server stops accepting connections: time for a load balancer to take it out.
   */
  shutdownDrainMs: number;
  /** Months after which the personal link of past bookings is anonymised. */
  retentionMonths: number;
  /** Days after which sent or failed e-mails (and their .eml copies) and finished webhook deliveries are deleted. */
  messageRetentionDays: number;
  /** The controller (GDPR Art. 13) shown on the privacy page; filled in by the operator. */
  privacy: {
    controllerName: string | null;
    controllerAddress: string | null;
    controllerEmail: string | null;
    dpoEmail: string | null;
  };
  /** Password-reset requests per client address and per e-mail address in the login window. */
  passwordReset: { maxPerClient: number; maxPerAccount: number };
  /** The provider's details (§ 5 DDG, § 18 MStV) on the imprint page; filled in by the operator. */
  imprint: {
    name: string | null;
    address: string | null;
    representative: string | null;
    email: string | null;
    phone: string | null;
    vatId: string | null;
    contentResponsible: string | null;
  };
  bodyLimit: number;
  /** Fastify's trustProxy: whom to believe X-Forwarded-For from (everyone, or these proxies). */
  trustProxy: boolean | string[];
  /** Serve the built SPA from web/dist when it exists. */
  serveWeb: boolean;
  /** Run background jobs on an interval; tests call them directly with their own clock. */
  runScheduler: boolean;
  /** Demo mode: fill an empty database with the demo data and demo accounts at start-up (SEED=false: never). */
  seed: boolean;
  /** E-mail: SMTP when smtpUrl is set, else files in DATA_DIR/outbox (or the database only). */
  mail: { smtpUrl: string | null; from: string; maxAttempts: number };
  /**
   * allowPrivate: also http and loopback / private / link-local targets (development, tests, a
   * receiver inside the municipal network); off, webhooks go only to public addresses over https.
   */
  webhooks: { maxAttempts: number; timeoutMs: number; allowPrivate: boolean };
  /** First retry delay of mail and webhooks; it doubles with each failed attempt (capped at a day). */
  retryBaseMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = Value.Default(EnvSchema, Value.Convert(EnvSchema, raw)) as Env;
  const errors = [...Value.Errors(EnvSchema, parsed)];
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.path.slice(1) || '(env)'}: ${e.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if ((parsed.ADMIN_EMAIL === undefined) !== (parsed.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither');
  }
  const published = publishedSecretsIn({
    jwtSecret: parsed.JWT_SECRET ?? null,
    adminPassword: parsed.ADMIN_PASSWORD ?? null,
  });
  if (!parsed.SEED && published.length > 0) {
    // SEED=false is production: a secret everyone can read protects nothing
    throw new ConfigError(
      `Invalid configuration: ${published.join(' and ')} ${published.length > 1 ? 'hold values' : 'holds a value'} published in PopDesk's own files; set your own (SEED=false is production)`,
    );
  }
  if (parsed.REPORTS_DATABASE_URL && !parsed.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: REPORTS_DATABASE_URL (a read replica) needs DATABASE_URL (the primary)',
    );
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.DATA_DIR,
    databaseUrl: parsed.DATABASE_URL ?? null,
    reportsDatabaseUrl: parsed.REPORTS_DATABASE_URL ?? null,
    reportsParallel: parsed.REPORTS_PARALLEL,
    redis: { url: parsed.REDIS_URL ?? null, keyPrefix: parsed.REDIS_KEY_PREFIX },
    jwtSecret: parsed.JWT_SECRET ?? null,
    jwtExpiresIn: parsed.JWT_EXPIRES_IN,
    admin: parsed.ADMIN_EMAIL ? { email: parsed.ADMIN_EMAIL, password: parsed.ADMIN_PASSWORD! } : null,
    publicUrl: parsed.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    logLevel: parsed.LOG_LEVEL,
    schedulerIntervalMs: parsed.SCHEDULER_INTERVAL_SECONDS * 1000,
    login: {
      maxFailuresPerAccount: parsed.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerClient: parsed.LOGIN_MAX_FAILURES_PER_CLIENT,
      windowMs: parsed.LOGIN_WINDOW_MINUTES * 60_000,
    },
    register: { maxPerClient: parsed.REGISTER_MAX_PER_CLIENT, maxPerAccount: parsed.REGISTER_MAX_PER_ACCOUNT },
    surveys: { maxResponsesPerClient: parsed.SURVEY_RESPONSES_PER_CLIENT },
    corsOrigins: (parsed.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_SECONDS * 1000,
    shutdownDrainMs: parsed.SHUTDOWN_DRAIN_SECONDS * 1000,
    retentionMonths: parsed.RETENTION_MONTHS,
    messageRetentionDays: parsed.MESSAGE_RETENTION_DAYS,
    privacy: {
      controllerName: parsed.PRIVACY_CONTROLLER_NAME ?? null,
      controllerAddress: parsed.PRIVACY_CONTROLLER_ADDRESS ?? null,
      controllerEmail: parsed.PRIVACY_CONTROLLER_EMAIL ?? null,
      dpoEmail: parsed.PRIVACY_DPO_EMAIL ?? null,
    },
    passwordReset: {
      maxPerClient: parsed.PASSWORD_RESET_MAX_PER_CLIENT,
      maxPerAccount: parsed.PASSWORD_RESET_MAX_PER_ACCOUNT,
    },
    imprint: {
      name: parsed.IMPRINT_NAME ?? null,
      address: parsed.IMPRINT_ADDRESS ?? null,
      representative: parsed.IMPRINT_REPRESENTATIVE ?? null,
      email: parsed.IMPRINT_EMAIL ?? null,
      phone: parsed.IMPRINT_PHONE ?? null,
      vatId: parsed.IMPRINT_VAT_ID ?? null,
      contentResponsible: parsed.IMPRINT_CONTENT_RESPONSIBLE ?? null,
    },
    bodyLimit: parsed.BODY_LIMIT_BYTES,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
    serveWeb: true,
    runScheduler: true,
    seed: parsed.SEED,
    mail: { smtpUrl: parsed.SMTP_URL ?? null, from: parsed.MAIL_FROM, maxAttempts: parsed.MAIL_MAX_ATTEMPTS },
    webhooks: {
      maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: parsed.WEBHOOK_TIMEOUT_SECONDS * 1000,
      allowPrivate: parsed.WEBHOOK_ALLOW_PRIVATE,
    },
    retryBaseMs: parsed.RETRY_BASE_SECONDS * 1000,
  };
}

/**
 * TRUST_PROXY: `true`/`false`, or the proxies' addresses and subnets (`10.0.0.5`, `172.16.0.0/12`,
 * or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`). Hop counts are not offered:
 * Fastify cannot check the immediate peer with them and trusts nobody.
 */
function parseTrustProxy(value: string): boolean | string[] {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const bad = entries.filter((e) => !named.includes(e) && !isIP(e.replace(/\/\d{1,3}$/, '')));
  if (entries.length === 0 || bad.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  TRUST_PROXY: expected true, false or proxy addresses/subnets, got ${bad.join(', ') || '(nothing)'}`,
    );
  }
  return entries;
}
