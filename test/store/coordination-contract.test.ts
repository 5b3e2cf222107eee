import { MemoryLeases } from '../../src/store/leases.ts';
import { RecentIds } from '../../src/teams/recent-ids.ts';
import { coordinationContract } from './coordination-contract.ts';

coordinationContract('one process (MemoryLeases, RecentIds)', async () => ({ leases: new MemoryLeases(), dedupe: new RecentIds(100), cleanup: async () => undefined }));
