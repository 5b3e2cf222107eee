import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode } from '../../src/errors/coded-error.ts';
import { initiativesRepo } from '../../src/features/initiatives/initiative-repo.ts';
import { createRepositories } from '../../src/features/repositories.ts';
import { SCHEMA_VERSION } from '../../src/store/document-shape.ts';
import type { DocumentStore } from '../../src/store/document-store.ts';
import { FileStore } from '../../src/store/file-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { DocumentInvalidError } from '../../src/store/store-errors.ts';

/**
 * One row per versioned collection: a document as the code before versions wrote it (no `schemaVersion`), a
 * broken variant, and how the bot reads and writes it (through the repository the features use).
 */
interface ShapeCase {
  collection: string;
  id: string;
  version: number;
  old: Record<string, unknown>;
  broken: Record<string, unknown>;
  read(store: DocumentStore): Promise<unknown>;
  write(store: DocumentStore, doc: Record<string, unknown>): Promise<unknown>;
}

const at = '2026-12-01T02:00:00.000Z';
const repos = (store: DocumentStore) => createRepositories(store);
type Repo = { get(id: string): Promise<unknown>; update(id: string, fn: (c: unknown) => unknown): Promise<unknown> };
/** A case read and written through one repository of `createRepositories`. */
const viaRepo = (pick: (store: DocumentStore) => Repo, id: string) => ({
  read: (store: DocumentStore) => pick(store).get(id),
  write: (store: DocumentStore, doc: Record<string, unknown>) => pick(store).update(id, () => doc),
});
type Single = { get(): Promise<unknown>; update(fn: (c: unknown) => unknown): Promise<unknown> };
const viaSingle = (pick: (store: DocumentStore) => Single) => ({
  read: (store: DocumentStore) => pick(store).get(),
  write: (store: DocumentStore, doc: Record<string, unknown>) => pick(store).update(() => doc),
});

const task = { id: 't-1', number: '1', content: 'Rà soát thủ tục', area: 'tthc', leadUnitId: 'kinh-te', cooperatingUnitIds: [], deadline: { kind: 'quarter', quarter: 2 }, output: 'Báo cáo', status: 'not-started', result: '', history: [] };

const SHAPE_CASES: ShapeCase[] = [
  {
    collection: 'directory',
    id: 'absent-heads',
    version: 1,
    old: { 'kinh-te': { since: at, by: 'thuong-truc' } },
    broken: { 'kinh-te': { since: 7 } },
    ...viaSingle((s) => repos(s).absentHeads as Single),
  },
  {
    collection: 'delegations',
    id: 'chief',
    version: 1,
    old: { items: [{ id: 'd-1', from: '2026-12-02', to: '2026-12-05', grantedBy: 'truong-ban', grantedAt: at }] },
    broken: { items: [{ id: 'd-1', from: 'mai', to: '2026-12-05', grantedBy: 'truong-ban', grantedAt: at }] },
    ...viaSingle((s) => repos(s).delegations as Single),
  },
  {
    collection: 'plans',
    id: 'plan-2026',
    version: 1,
    // Imported tasks carry no `changes` and no `cancellation`: both are optional.
    old: { year: 2026, tasks: [task], source: '2026.xlsx', importedAt: at, importedBy: 'van-phong', illustrative: false },
    broken: { year: 2026, tasks: [{ ...task, deadline: { kind: 'quarter', quarter: 5 } }], source: '2026.xlsx', importedAt: at, importedBy: 'van-phong', illustrative: false },
    ...viaRepo((s) => repos(s).plans as Repo, 'plan-2026'),
  },
  {
    collection: 'polls',
    id: 'p-1',
    version: 1,
    // Written before group polls, meeting items and delivery claims: none of those fields.
    old: { id: 'p-1', question: 'Đồng ý?', options: ['Đồng ý', 'Không đồng ý'], deadline: '2026-12-10', memberIds: ['a', 'b'], createdBy: 'truong-ban', createdAt: at, answers: { a: { choice: 0, comment: '', at } }, cards: { a: 'act-1' }, status: 'open' },
    broken: { id: 'p-1', question: 'Đồng ý?', options: ['Đồng ý'], deadline: '2026-12-10', memberIds: ['a'], createdBy: 'truong-ban', createdAt: at, answers: {}, cards: {}, status: 'maybe' },
    ...viaRepo((s) => repos(s).polls as Repo, 'p-1'),
  },
  {
    collection: 'inspections',
    id: 'i-1',
    version: 1,
    old: { id: 'i-1', content: 'Kiểm tra CCHC', unitIds: ['kinh-te'], periodFrom: '2026-01-01', periodTo: '2026-06-30', deadline: '2026-12-15', leaderId: 'a', memberIds: ['b'], organiserIds: ['thuong-truc'], createdBy: 'thuong-truc', createdAt: at, status: 'open', selfReports: {}, findings: {}, delivered: [] },
    broken: { id: 'i-1', content: 'Kiểm tra CCHC', unitIds: 'kinh-te', status: 'open' },
    ...viaRepo((s) => repos(s).inspections as Repo, 'i-1'),
  },
  {
    collection: 'channel',
    id: 'link',
    version: 1,
    old: { address: { serviceUrl: 'http://127.0.0.1/', conversationId: '19:abc@thread.tacv2', botId: '28:bot' }, linkedBy: 'thu-ky', linkedAt: at },
    broken: { address: 'kênh chung', linkedBy: 'thu-ky', linkedAt: at },
    ...viaSingle((s) => repos(s).channelLink as Single),
  },
  {
    collection: 'channel-boards',
    id: '2026-q4',
    version: 1,
    old: { cycleId: '2026-q4', conversationId: '19:abc@thread.tacv2', state: 'posted', activityId: 'act-9', mentioned: [] },
    broken: { cycleId: '2026-q4', conversationId: '19:abc@thread.tacv2', state: 'posted', mentioned: 'kinh-te' },
    ...viaRepo((s) => repos(s).channelBoards as Repo, '2026-q4'),
  },
  {
    collection: 'channel-posts',
    id: 'meeting-m-1',
    version: 1,
    old: { key: 'meeting-m-1', conversationId: '19:abc@thread.tacv2', state: 'posting', at },
    broken: { key: 'meeting-m-1', state: 'posting', at },
    ...viaRepo((s) => repos(s).channelPosts as Repo, 'meeting-m-1'),
  },
  {
    collection: 'initiatives',
    id: 'ini-1',
    version: 1,
    old: { id: 'ini-1', title: 'Một cửa số', authors: 'Nguyễn Văn A', unitId: 'kinh-te', area: 'chinh-quyen-so', description: 'Mô tả', expectedEffect: 'Nhanh hơn', startDate: '2026-03-01', status: 'submitted', registeredBy: 'a', registeredAt: at, versions: [], events: [{ at, by: 'a', kind: 'submitted' }] },
    broken: { id: 'ini-1', title: 'Một cửa số', area: 'khong-co', status: 'submitted' },
    ...viaRepo((s) => initiativesRepo({ store: s }) as Repo, 'ini-1'),
  },
];

const stores: Array<{ name: string; open(): Promise<{ store: DocumentStore; close(): Promise<void> }> }> = [
  { name: 'MemoryStore', open: async () => ({ store: new MemoryStore(), close: async () => undefined }) },
  {
    name: 'FileStore',
    async open() {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-shapes-'));
      const store = new FileStore(dir);
      return { store, close: () => rm(dir, { recursive: true, force: true }) };
    },
  },
];

const refusal = async (p: Promise<unknown>): Promise<DocumentInvalidError> => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a DocumentInvalidError').to.be.instanceOf(DocumentInvalidError);
  return error as DocumentInvalidError;
};

for (const kind of stores) {
  describe(`every versioned collection on the ${kind.name}`, () => {
    let store: DocumentStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await kind.open());
    });
    afterEach(async () => {
      await close();
    });

    for (const c of SHAPE_CASES) {
      const where = `${c.collection}/${c.id}`;
      it(`${where}: a document without a version reads as version 1; a newer or malformed one is refused naming it; a write stamps version ${c.version}`, async () => {
        await store.update(c.collection, c.id, () => c.old);
        expect(await c.read(store)).to.deep.equal(c.old);

        await store.update(c.collection, c.id, () => ({ ...c.old, [SCHEMA_VERSION]: c.version + 1 }));
        const newer = await refusal(c.read(store));
        expect([newer.code, newer.collection, newer.id]).to.deep.equal([ErrorCode.DocumentInvalid, c.collection, c.id]);
        expect(newer.message).to.include(where).and.include('newer bot');

        await store.update(c.collection, c.id, () => c.broken);
        const broken = await refusal(c.read(store));
        expect(broken.message).to.include(where);
        // A write over a broken document is refused too, and leaves it as it was.
        await refusal(c.write(store, c.old));
        expect(await store.get(c.collection, c.id)).to.deep.equal(c.broken);

        await store.delete(c.collection, c.id);
        await c.write(store, c.old);
        expect(await store.get(c.collection, c.id)).to.deep.equal({ ...c.old, [SCHEMA_VERSION]: c.version });
        expect(await c.read(store)).to.deep.equal(c.old);
        // Refused before it is written: a bug never stores what the next read would refuse.
        await store.delete(c.collection, c.id);
        await refusal(c.write(store, c.broken));
        expect(await store.get(c.collection, c.id)).to.equal(undefined);
      });
    }
  });
}
