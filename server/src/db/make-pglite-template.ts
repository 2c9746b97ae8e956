/**
 * Build step (server/build.mjs): writes the migrated, empty PGlite data directory that a fresh
 * DATA_DIR starts from (pglite-setup.ts), so that the first start runs neither initdb nor the
 * migrations already made.
 */
import { writePgliteTemplateDir } from './pglite-setup.js';

await writePgliteTemplateDir();
