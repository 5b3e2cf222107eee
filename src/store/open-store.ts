import type { Config } from '../config.ts';
import type { Logger } from '../logging/logger.ts';
import type { DocumentStore } from './document-store.ts';
import { FileStore } from './file-store.ts';
import { PostgresStore } from './postgres/postgres-store.ts';

/** The configured store: PostgreSQL when DATABASE_URL is set (schema migrated before it resolves), else files in DATA_DIR. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger: Logger): Promise<DocumentStore> {
  if (!config.databaseUrl) return new FileStore(config.dataDir);
  const store = await PostgresStore.open(config.databaseUrl, { onIdleError: (error) => logger.error({ err: error }, 'idle database connection failed') });
  logger.info({ store: 'postgres' }, 'database schema up to date');
  return store;
}
