import { expect } from 'chai';
import type { DocKey, DocumentStore } from '../../../src/store/document-store.ts';
import { MemoryStore } from '../../../src/store/memory-store.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';

/** A MemoryStore with a bulk read by key (as PostgreSQL has), counting single reads and bulk reads of each document. */
function countingStore() {
  const inner = new MemoryStore();
  const gets = new Map<string, number>();
  const bulk: string[][] = [];
  const store: DocumentStore = {
    get: (collection, id) => (gets.set(`${collection}/${id}`, (gets.get(`${collection}/${id}`) ?? 0) + 1), inner.get(collection, id)),
    read: (collection, id) => inner.read(collection, id),
    readShared: (collection, id) => inner.readShared(collection, id),
    write: (collection, id, doc, expected) => inner.write(collection, id, doc, expected),
    update: (collection, id, fn) => inner.update(collection, id, fn),
    updateMany: (keys, fn) => inner.updateMany(keys, fn),
    list: (collection) => inner.list(collection),
    getAll: (collection) => inner.getAll(collection),
    getMany: async <T>(keys: DocKey[]) => {
      bulk.push(keys.map((k) => `${k.collection}/${k.id}`));
      return Promise.all(keys.map((k) => inner.get<T>(k.collection, k.id)));
    },
    delete: (collection, id) => inner.delete(collection, id),
    verify: () => inner.verify(),
    close: () => inner.close(),
  };
  return { store, gets, bulk };
}

describe('a card submission reads the member documents together (one query on PostgreSQL)', function () {
  this.timeout(60_000);
  let t: TestBot;
  const counting = countingStore();
  const now = new Date('2026-12-01T02:00:00Z');

  before(async () => {
    t = await TestBot.start({ now: () => now, overrides: { store: counting.store } });
    await t.install(t.user('truong-van-xa'));
    await t.install(t.user('thuong-truc'));
    await t.say(t.user('thuong-truc'), 'ngôn ngữ English');
    await t.say(t.user('thuong-truc'), 'ngôn ngữ tiếng Việt');
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
  });
  after(async () => {
    await t.stop();
  });

  it('settings, conversation reference, absent heads, delegations, the channel link and the year\'s plan come in one bulk read; the report is stored once', async () => {
    counting.gets.clear();
    counting.bulk.length = 0;
    const head = t.user('truong-van-xa');
    const area = `area_${t.bot.app.roster.unit('van-xa')!.parAreas[0]}`;
    const receipt = await t.click(head, 'report.submit', { cycleId: '2026-q4', unitId: 'van-xa', [area]: 'Kết quả quý IV' });
    expect(receipt.status).to.equal(200);
    expect(JSON.stringify(receipt.value)).to.include('Đã nhận báo cáo CCHC');
    const memberId = t.bot.app.roster.unit('van-xa')!.head;
    const ahead = [`member-settings/${memberId}`, `conversations/${memberId}`, 'directory/absent-heads', 'delegations/chief', 'channel/link', 'plans/plan-2026'];
    expect(counting.bulk).to.deep.equal([ahead]);
    await t.bot.app.tasks.idle();
    for (const key of ahead) {
      expect(counting.gets.get(key) ?? 0, `${key} read one by one`).to.equal(0);
    }
    const stored = await t.bot.app.cycles.getSubmission('2026-q4', 'van-xa');
    expect(stored?.versions).to.have.length(1);
  });

  it('a turn sees what the turn before it wrote: the language just chosen answers the next command', async () => {
    const standing = t.user('thuong-truc');
    await t.say(standing, 'ngôn ngữ English');
    await t.say(standing, 'ngôn ngữ');
    const last = t.connector.messagesTo(conversationOf(standing)).at(-1)!;
    expect(FakeConnector.textOf(last)).to.include('I answer you in English (your choice)');
  });
});
