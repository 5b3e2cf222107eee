import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FEATURES } from '../../src/features/modules.ts';
import { DurableMailer } from '../../src/graph/durable-mailer.ts';
import { FileStore } from '../../src/store/file-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { shapeContract, VERSIONED_COLLECTIONS } from './shape-contract.ts';

shapeContract('MemoryStore', async () => ({ store: new MemoryStore(), close: async () => undefined }));
shapeContract('FileStore', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-shapes-'));
  return { store: new FileStore(dir), close: () => rm(dir, { recursive: true, force: true }) };
});

describe('versioned collections', () => {
  it('every collection a feature module or the mailer declares has a shape in the contract', () => {
    const declared = [...FEATURES.flatMap((m) => m.collections ?? []), ...DurableMailer.collections];
    expect(declared.filter((c) => !VERSIONED_COLLECTIONS.includes(c))).to.deep.equal([]);
  });
});
