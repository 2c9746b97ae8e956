/** Starts PopDesk: config from the environment, logger, listen, graceful close on SIGTERM/SIGINT. */
import { existsSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
import { loggerOptions } from './lib/log-redaction.js';
import { seedOnFirstStart } from './seed/first-start.js';

async function main() {
  // settings from `.env` in the folder PopDesk is started from (see .env.example); the environment wins
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const app = await buildApp({
    config,
    logger: loggerOptions(config.logLevel),
  });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing');
    await app.close();
  });
  if (config.databaseUrl && !config.jwtSecret) {
    // tokens signed by one instance must verify on every other: they need one shared secret
    app.log.warn(
      'JWT_SECRET is not set: this instance signs tokens with a secret of its own (DATA_DIR/jwt-secret). Set the same JWT_SECRET on every instance that shares the database.',
    );
  }
  await seedOnFirstStart(app);
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  app.log.info(`PopDesk is running on http://localhost:${config.port} (database: ${where}; API docs at /docs)`);
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(`PopDesk cannot start: ${err.message}`);
  } else {
    console.error('PopDesk failed to start:', err);
  }
  process.exit(1);
});
