import { expect } from 'chai';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ErrorCode } from '../../src/errors/coded-error.ts';
import { createRepositories } from '../../src/features/repositories.ts';
import { COMMON } from '../../src/i18n/common-strings.ts';
import { CycleRepo } from '../../src/store/cycle-repo.ts';
import { readDocument, SCHEMA_VERSION, type DocumentShape } from '../../src/store/document-shape.ts';
import { FileStore } from '../../src/store/file-store.ts';
import { DocumentInvalidError } from '../../src/store/store-errors.ts';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';

/** A meeting as written before deputies could stand in (no `substitutes`, no schema version). */
const OLD_MEETING = {
  id: 'm-2026-11',
  kind: 'regular',
  date: '2026-11-20',
  start: '09:00',
  durationMinutes: 60,
  place: 'Phòng họp 1',
  online: false,
  agenda: ['Tình hình CCHC'],
  invitees: ['thu-ky'],
  status: 'scheduled',
  organizer: 'thu-ky',
  createdBy: 'thu-ky',
  createdAt: '2026-11-10T02:00:00.000Z',
  sequence: 0,
  responses: {},
  cards: {},
};

async function writeJson(root: string, collection: string, id: string, doc: unknown): Promise<string> {
  const dir = path.join(root, ...collection.split('/'));
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${id}.json`);
  await writeFile(file, JSON.stringify(doc, null, 2), 'utf8');
  return file;
}

const thrown = async (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);

describe('document schema versions, validated on read', () => {
  const shape: DocumentShape<{ name: string; tags: string[] }> = {
    version: 3,
    schema: z.looseObject({ name: z.string(), tags: z.array(z.string()) }) as unknown as DocumentShape<{ name: string; tags: string[] }>['schema'],
    migrations: { 1: (d) => ({ ...d, name: d.title, title: undefined }), 2: (d) => ({ ...d, tags: d.tags ?? [] }) },
  };

  it('a document without a version is version 1 and is migrated one step at a time; fields the schema does not name are kept', () => {
    const doc = readDocument(shape, 'things', 'a', { title: 'Tên', extra: 7 });
    expect(doc).to.deep.include({ name: 'Tên', tags: [], extra: 7 });
    expect(doc).to.not.have.property(SCHEMA_VERSION);
  });

  it('refuses with a coded error naming collection and id: a bad shape, a newer version, a non-object', () => {
    const bad = (raw: unknown) => {
      try {
        readDocument(shape, 'things', 'b-1', raw);
      } catch (error) {
        return error as DocumentInvalidError;
      }
      throw new Error('expected a refusal');
    };
    for (const error of [bad({ name: 3, tags: [], [SCHEMA_VERSION]: 3 }), bad({ name: 'x', tags: [], [SCHEMA_VERSION]: 4 }), bad(['x']), bad({ name: 'x', tags: [], [SCHEMA_VERSION]: 'two' })]) {
      expect(error).to.be.instanceOf(DocumentInvalidError);
      expect(error.code).to.equal(ErrorCode.DocumentInvalid);
      expect(error.message).to.include('things/b-1');
      expect([error.collection, error.id]).to.deep.equal(['things', 'b-1']);
    }
    expect(bad({ name: 'x', tags: [], [SCHEMA_VERSION]: 4 }).message).to.include('newer bot');
  });

  describe('on disk (FileStore)', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-versions-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('an old-shape meeting file is read migrated to version 2 and written back at version 2', async () => {
      const file = await writeJson(dir, 'meetings', OLD_MEETING.id, OLD_MEETING);
      const repos = createRepositories(new FileStore(dir));
      const meeting = await repos.meetings.get(OLD_MEETING.id);
      expect(meeting?.substitutes).to.deep.equal({});
      expect(meeting).to.deep.include({ place: 'Phòng họp 1', sequence: 0 });
      expect(JSON.parse(await readFile(file, 'utf8'))).to.not.have.property(SCHEMA_VERSION); // reading alone changes nothing
      await repos.meetings.update(OLD_MEETING.id, (m) => m && { ...m, place: 'Phòng họp 2' });
      const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      expect(stored).to.deep.include({ [SCHEMA_VERSION]: 2, place: 'Phòng họp 2', substitutes: {} });
      expect(await repos.meetings.all()).to.have.length(1);
    });

    it('cycles, submissions and tasks without a version read as version 1 and are stamped when written', async () => {
      const store = new FileStore(dir);
      const cycles = new CycleRepo(store);
      const cycle = { id: '2026-q4', kind: 'quarterly', label: 'Quý IV/2026', subject: 's', dataFrom: '2026-09-15', dataTo: '2026-12-14', unitDeadline: '2026-12-10', compileDeadline: '2026-12-14', targetUnits: ['du-an'], state: 'open', openedBy: 'thuong-truc', openedAt: '2026-12-01T02:00:00.000Z' };
      await writeJson(dir, 'cycles', cycle.id, cycle);
      expect(await cycles.get(cycle.id)).to.deep.equal(cycle);
      await cycles.update(cycle.id, (c) => ({ ...c, state: 'compiled' }));
      expect(JSON.parse(await readFile(path.join(dir, 'cycles', '2026-q4.json'), 'utf8'))).to.include({ [SCHEMA_VERSION]: 1, state: 'compiled' });
      const answers = { areas: { 'the-che': 'Kết quả' }, taskNote: '', difficulties: '', proposals: '', nextQuarterTasks: '', evidence: [], answers: [] };
      await cycles.updateSubmission(cycle.id, 'du-an', () => ({ cycleId: cycle.id, unitId: 'du-an', versions: [{ version: 1, submittedBy: 'truong-du-an', at: '2026-12-05T03:00:00.000Z', late: false, answers }] }));
      expect(JSON.parse(await readFile(path.join(dir, 'cycles', '2026-q4', 'submissions', 'du-an.json'), 'utf8'))).to.include({ [SCHEMA_VERSION]: 1 });
      expect((await cycles.submissions(cycle.id)).get('du-an')?.versions).to.have.length(1);
      const task = { id: 't-1', meetingId: 'm-1', content: 'Rà soát', unitId: 'du-an', deadline: '2026-12-20', status: 'open', progress: [], createdAt: '2026-12-01T02:00:00.000Z', remindedOn: [] };
      await writeJson(dir, 'tasks', task.id, task);
      expect(await createRepositories(store).tasks.get(task.id)).to.deep.equal(task);
    });

    it('a submission file that fails validation is a coded error naming its collection and id, and is not overwritten', async () => {
      const file = await writeJson(dir, 'cycles/2026-q4/submissions', 'du-an', { cycleId: '2026-q4', unitId: 'du-an', versions: 'không phải danh sách' });
      const cycles = new CycleRepo(new FileStore(dir));
      const error = (await thrown(cycles.getSubmission('2026-q4', 'du-an'))) as DocumentInvalidError;
      expect(error.code).to.equal(ErrorCode.DocumentInvalid);
      expect(error.message).to.include('cycles/2026-q4/submissions/du-an').and.include('versions');
      expect(((await thrown(cycles.updateSubmission('2026-q4', 'du-an', (s) => s))) as DocumentInvalidError).code).to.equal(ErrorCode.DocumentInvalid);
      expect(JSON.parse(await readFile(file, 'utf8'))).to.deep.equal({ cycleId: '2026-q4', unitId: 'du-an', versions: 'không phải danh sách' });
    });

    it('a document that would not validate is refused before it is written', async () => {
      const repos = createRepositories(new FileStore(dir));
      const error = (await thrown(repos.tasks.update('t-2', () => ({ id: 't-2', status: 'unknown' }) as never))) as DocumentInvalidError;
      expect(error.code).to.equal(ErrorCode.DocumentInvalid);
      expect(error.message).to.include('tasks/t-2');
      expect(await new FileStore(dir).get('tasks', 't-2')).to.equal(undefined);
    });
  });

  describe('through a turn', () => {
    let t: TestBot;
    afterEach(async () => {
      await t.stop();
    });

    it('a cycle that fails validation answers the member in words (nothing changed) and logs the collection and id', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-versions-bot-'));
      await writeJson(dir, 'cycles', '2026-q4', { id: '2026-q4', kind: 'quarterly', state: 'lost', targetUnits: 'all' });
      t = await TestBot.start({ dataDir: dir, now: () => new Date('2026-12-02T03:00:00Z') });
      try {
        const res = await t.say(t.user('thuong-truc'), 'tình hình');
        expect(res.status).to.equal(200);
        const reply = FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!);
        expect(reply).to.include(COMMON.vi.storedDocumentInvalid);
        const logged = t.logLines.find((l) => l.includes('document_invalid'));
        expect(logged, 'an error line with the code').to.be.a('string');
        expect(logged).to.include('cycles/2026-q4');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
