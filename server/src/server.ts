/** Starts PopDesk: config from the environment, logger, listen, drain and graceful close on SIGTERM/SIGINT. */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
import { loggerOptions } from './lib/log-redaction.js';
import { publishedSecretsIn } from './lib/published-secrets.js';
import { seedOnFirstStart } from './seed/first-start.js';

async function main() {
  // settings from `.env` in the folder PopDesk is started from (see .env.example); the environment wins
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const app = await buildApp({
    config,
    logger: loggerOptions(config.logLevel),
  });
  // On SIGTERM/SIGINT: drain first — /ready answers 503 while every other request is still served,
  // so the load balancer's health check takes this instance out before the port closes — then close
  // (in-flight requests finish, the database is closed). After an uncaught error: close at once.
  // A second signal exits immediately; closing must end within `delay` or the process exits with 1.
  closeWithGrace({ delay: config.shutdownDrainMs + 10_000 }, async ({ signal, err }) => {
    if (err) {
      app.log.error({ err }, 'closing after an error');
    } else {
      app.readiness.draining = true;
      app.log.info({ signal, drainSeconds: config.shutdownDrainMs / 1000 }, 'draining: /ready answers 503');
      await sleep(config.shutdownDrainMs);
      app.log.info({ signal }, 'closing');
    }
    await app.close();
  });
  if (config.databaseUrl && !config.jwtSecret) {
    // tokens signed by one instance must verify on every other: they need one shared secret
    app.log.warn(
      'JWT_SECRET is not set: this instance signs tokens with a secret of its own (DATA_DIR/jwt-secret). Set the same JWT_SECRET on every instance that shares the database.',
    );
  }
  const published = publishedSecretsIn({ jwtSecret: config.jwtSecret, adminPassword: config.admin?.password ?? null });
  if (published.length > 0) {
    // (with SEED=false loadConfig has refused them already: this is demo mode)
    app.log.warn(
      `${published.join(' and ')}: a value published in PopDesk's own files. Anyone can sign in as admin or forge tokens. Fine for a demo; never in production (with SEED=false PopDesk refuses to start).`,
    );
  }
  if (config.mail.smtpUrl && !config.publicUrl) {
    app.log.warn(
      'PUBLIC_URL is not set: e-mails carry no links into PopDesk. Set it to the address people open PopDesk at.',
    );
  }
  // (the reminder of still-public demo passwords hashes each account's: it waits until PopDesk serves)
  const later: (() => Promise<void>)[] = [];
  await seedOnFirstStart(app, { remindLater: (remind) => later.push(remind) });
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  app.log.info(`PopDesk is running on http://localhost:${config.port} (database: ${where}; API docs at /docs)`);
  for (const remind of later) {
    await remind().catch((err: unknown) => app.log.warn({ err }, 'could not check the demo accounts’ passwords'));
  }
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(`PopDesk cannot start: ${err.message}`);
  } else {
    console.error('PopDesk failed to start:', err);
  }
  process.exit(1);
});
