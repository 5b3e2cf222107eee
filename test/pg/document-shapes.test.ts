import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { shapeContract } from '../store/shape-contract.ts';
import { databaseUrl, dropSchema, freshSchema } from './pg-schema.ts';

shapeContract('PostgresStore', async () => {
  const schema = freshSchema();
  const store = await PostgresStore.open(databaseUrl(), { schema, maxConnections: 4 });
  return {
    store,
    close: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});
