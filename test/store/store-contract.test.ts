import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../src/store/file-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { storeContract } from './store-contract.ts';

storeContract('MemoryStore', async () => {
  const store = new MemoryStore();
  return { open: async () => store, shared: false, cleanup: async () => undefined };
});

storeContract('FileStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'store-contract-'));
  return { open: async () => new FileStore(dir), shared: false, cleanup: () => rm(dir, { recursive: true, force: true }) };
});
