/** `npm run db:migrate`: apply the committed migrations to the configured database. */
import { loadConfig } from '../config.js';
import { openDatabase } from './client.js';

const config = loadConfig();
const database = await openDatabase(config);
await database.migrate();
await database.close();
console.log(`Migrations applied (${database.kind}).`);
