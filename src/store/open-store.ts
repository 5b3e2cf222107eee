import type { Config } from '../config.ts';
import type { Logger } from '../logging/logger.ts';
import type { DocumentStore } from './document-store.ts';
import { FileStore } from './file-store.ts';

/** The configured store: PostgreSQL when DATABASE_URL is set (schema migrated before it resolves), else files in DATA_DIR. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger: Logger): Promise<DocumentStore> {
  if (!config.databaseUrl) return new FileStore(config.dataDir);
  // Loaded only here: the file-store start does not pay for the driver (issue 13's footprint).
  const { PostgresStore } = await import('./postgres/postgres-store.ts');
  const store = await PostgresStore.open(config.databaseUrl, { onIdleError: (error) => logger.error({ err: error }, 'idle database connection failed') });
  logger.info({ store: 'postgres' }, 'database schema up to date');
  return store;
}
