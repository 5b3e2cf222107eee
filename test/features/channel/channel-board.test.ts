import { expect } from 'chai';
import { rm } from 'node:fs/promises';
import { CHANNEL } from '../../../src/i18n/channel-strings.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { CYCLE } from '../../../src/i18n/cycle-strings.ts';
import { conversationOf, type TeamsUser } from '../../helpers/activities.ts';
import type { ConnectorCall } from '../../helpers/fake-connector.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { CHANNEL_CONVERSATION, CHANNEL_ID, inChannel, inJson, refreshInChannel, toChannel } from './channel-helpers.ts';

const CARD = 'application/vnd.microsoft.card.adaptive';
const CYCLE_ID = '2026-q4';
const MEMBERS = ['thuong-truc', 'thu-ky', 'truong-ban', 'pho-truong-ban', 'truong-tong-hop', 'truong-van-xa', 'truong-du-an'];
const refresh = (t: TestBot, user: TeamsUser) => refreshInChannel(t, user, 'channel.board', { cycleId: CYCLE_ID });
const boardPosts = (t: TestBot) => toChannel(t).filter((c) => c.method === 'POST' && JSON.stringify(c.body).includes(inJson(CHANNEL.vi.board.title('Quý IV/2026'))));
const cardOf = (call: ConnectorCall) => (call.body.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;
const verbsIn = (card: unknown) => [...JSON.stringify(card).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);

function submit(t: TestBot, unitId: string) {
  const unit = t.bot.app.roster.unit(unitId)!;
  return t.click(t.user(unit.head), 'report.submit', { cycleId: CYCLE_ID, unitId, [`area_${unit.parAreas[0]}`]: `Kết quả quý IV của ${unit.name}`, difficulties: 'Không' });
}

describe('the committee channel: gắn kênh, one status board edited in place, personal views, mentions once', function () {
  this.timeout(60_000);
  let t: TestBot;
  let now = new Date('2026-12-01T02:00:00Z');
  const start = async (dataDir?: string) => {
    t = await TestBot.start({ now: () => now, dataDir });
    for (const id of MEMBERS) await t.install(t.user(id));
  };

  before(async () => {
    await start();
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
  });
  let firstDataDir = '';
  after(async () => {
    await t.stop();
    // The first bot's folder was handed to the restarted one, which does not own it.
    await rm(firstDataDir, { recursive: true, force: true });
  });

  it('refuses gắn kênh in a 1:1 chat, and for a unit head in the channel; nothing is stored', async () => {
    const secretary = t.user('thu-ky');
    await t.say(secretary, 'gắn kênh');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(secretary)).at(-1)!)).to.include(inJson(CHANNEL.vi.linkOnlyInChannel));
    await inChannel(t, t.user('truong-van-xa'), 'gắn kênh');
    await t.bot.app.tasks.idle();
    const reply = t.connector.calls.filter((c) => c.conversationId.startsWith(CHANNEL_ID)).at(-1)!;
    expect(FakeConnector.textOf(reply)).to.include(inJson(COMMON.vi.forbidden));
    expect(await t.bot.app.repos.channelLink.get()).to.equal(undefined);
    expect(toChannel(t)).to.have.length(0);
  });

  it('links the channel for the secretary and posts the open cycle’s board there once, personal for the members', async () => {
    await inChannel(t, t.user('thu-ky'), 'gắn kênh');
    await t.bot.app.tasks.idle();
    const answer = t.connector.calls.filter((c) => c.conversationId === CHANNEL_CONVERSATION.id).at(-1)!;
    expect(FakeConnector.textOf(answer)).to.include(inJson(CHANNEL.vi.linked('Chung', 'Ban Chỉ đạo CCHC')));
    expect(boardPosts(t)).to.have.length(1);
    const card = cardOf(boardPosts(t)[0]!);
    const refreshClause = card.refresh as { action: { verb: string; data: unknown }; userIds: string[] };
    expect(refreshClause.action).to.deep.include({ verb: 'channel.board', data: { cycleId: CYCLE_ID } });
    expect(refreshClause.userIds).to.include.members(MEMBERS.map((id) => t.user(id).id));
    expect(refreshClause.userIds.length).to.be.at.most(60);
    // The common board has no buttons: they are in each member's own view.
    expect(verbsIn(card.body)).to.deep.equal([]);
    // Linking again changes nothing and posts no second board.
    await inChannel(t, t.user('thuong-truc'), 'gắn kênh');
    await t.bot.app.tasks.idle();
    expect(boardPosts(t)).to.have.length(1);
  });

  it('a unit that reports edits the same board (PUT of the same activity id), never a new post', async () => {
    const boardId = (await t.bot.app.repos.channelBoards.get(CYCLE_ID))!.activityId!;
    expect((await submit(t, 'tong-hop')).type).to.equal(CARD);
    await t.bot.app.tasks.idle();
    const puts = toChannel(t).filter((c) => c.method === 'PUT');
    expect(puts).to.have.length(1);
    expect(puts[0]!.activityId).to.equal(boardId);
    expect(FakeConnector.textOf(puts[0]!)).to.include(inJson(CHANNEL.vi.board.totals({ total: 12, reported: 1, missing: 11 })));
    expect(boardPosts(t)).to.have.length(1);
  });

  it('after a restart the same board is edited, nothing posted twice', async () => {
    const dataDir = t.dataDir;
    firstDataDir = dataDir;
    const boardId = (await t.bot.app.repos.channelBoards.get(CYCLE_ID))!.activityId!;
    const connector = t.connector;
    await t.bot.stop();
    const before = connector.calls.length;
    const previous = t;
    t = await TestBot.start({ now: () => now, dataDir, env: {} });
    // The new bot talks to its own fake connector; the channel was stored with the old one's address.
    await t.connector.stop();
    t.connector = connector;
    await previous.graph.stop();
    expect((await submit(t, 'van-xa')).type).to.equal(CARD);
    await t.bot.app.tasks.idle();
    const after = connector.calls.slice(before).filter((c) => c.conversationId === CHANNEL_ID);
    expect(after.map((c) => c.method)).to.deep.equal(['PUT']);
    expect(after[0]!.activityId).to.equal(boardId);
    expect(FakeConnector.textOf(after[0]!)).to.include(inJson(CHANNEL.vi.board.totals({ total: 12, reported: 2, missing: 10 })));
  });

  it('a refresh answers each member their own view: the report button for a unit head, Nhắc and Tổng hợp for the standing member', async () => {
    const head = await refresh(t, t.user('truong-du-an'));
    expect(head.status).to.equal(200);
    expect(head.type).to.equal(CARD);
    expect(verbsIn(head.value.body)).to.deep.equal(['channel.reportForm']);
    expect(JSON.stringify(head.value)).to.include(inJson(CHANNEL.vi.board.reportFor(t.bot.app.roster.unit('du-an')!.name)));
    expect((head.value.refresh as { action: { verb: string } }).action.verb).to.equal('channel.board');
    const standing = await refresh(t, t.user('thuong-truc'));
    expect(verbsIn(standing.value.body)).to.include.members(['channel.remind', 'channel.compile']);
    // The standing member also heads a unit (Phòng Hành chính – Tổ chức): their own report button, not Phòng Dự án's.
    expect(JSON.stringify(standing.value)).to.not.include(inJson(CHANNEL.vi.board.reportFor(t.bot.app.roster.unit('du-an')!.name)));
    expect(JSON.stringify(standing.value)).to.not.equal(JSON.stringify(head.value));
    // The unit head's button sends the form to their 1:1 chat.
    const before = t.connector.messagesTo(conversationOf(t.user('truong-du-an'))).length;
    const click = await t.click(t.user('truong-du-an'), 'channel.reportForm', { cycleId: CYCLE_ID, unitId: 'du-an' });
    expect(JSON.stringify(click.value)).to.include(inJson(CHANNEL.vi.formSent(t.bot.app.roster.unit('du-an')!.name)));
    const sent = t.connector.messagesTo(conversationOf(t.user('truong-du-an'))).slice(before);
    expect(sent.map((c) => JSON.stringify(c.body)).join()).to.include('"verb":"report.submit"');
  });

  it('escalation @mentions the overdue units once, in the board’s thread; reminders mention no one', async () => {
    // The reminders of the ladder (3 and 1 working days before) go out without any mention in the channel.
    now = new Date('2026-12-09T02:00:00Z');
    await t.bot.scheduler.tick(now);
    await t.bot.app.tasks.idle();
    expect(t.connector.calls.filter((c) => c.conversationId.startsWith(CHANNEL_ID) && (c.body.entities as unknown[] | undefined)?.length)).to.have.length(0);
    const board = await t.bot.app.repos.channelBoards.get(CYCLE_ID);
    expect(board!.lastReminder).to.not.equal(undefined);
    now = new Date('2026-12-11T02:00:00Z');
    await t.bot.scheduler.tick(now);
    await t.bot.app.tasks.idle();
    const thread = `${CHANNEL_ID};messageid=${board!.activityId}`;
    const mentions = t.connector.calls.filter((c) => c.conversationId === thread && c.method === 'POST');
    expect(mentions).to.have.length(1);
    const entities = mentions[0]!.body.entities as Array<{ type: string; mentioned: { id: string } }>;
    expect(entities.filter((e) => e.type === 'mention').map((e) => e.mentioned.id)).to.include(t.user('truong-du-an').id);
    expect(entities.map((e) => e.mentioned.id)).to.not.include(t.user('truong-tong-hop').id);
    expect(String(mentions[0]!.body.text)).to.include(`<at>${t.bot.app.roster.member('truong-du-an')!.name}</at>`);
    // A second tick, and the same escalation again (a retried job), mention no one twice.
    await t.bot.scheduler.tick(new Date('2026-12-11T03:00:00Z'));
    const { publish } = await import('../../../src/features/app-events.ts');
    publish(t.bot.app, { type: 'cycle.escalated', cycleId: CYCLE_ID, unitIds: ['du-an'] });
    await t.bot.app.tasks.idle();
    expect(t.connector.calls.filter((c) => c.conversationId === thread && c.method === 'POST')).to.have.length(1);
    expect(boardPosts(t)).to.have.length(1);
  });

  it('Nhắc and Tổng hợp on the board run the reminders and the compile for the standing member, and are refused to a unit head', async () => {
    const refused = await t.click(t.user('truong-du-an'), 'channel.remind', { cycleId: CYCLE_ID });
    expect(JSON.stringify(refused.value)).to.include(inJson(COMMON.vi.forbidden));
    const headBefore = t.connector.messagesTo(conversationOf(t.user('truong-du-an'))).length;
    const remind = await t.click(t.user('thuong-truc'), 'channel.remind', { cycleId: CYCLE_ID });
    expect(remind.type).to.equal(CARD);
    expect(JSON.stringify(remind.value)).to.include('Đã nhắc');
    expect(t.connector.messagesTo(conversationOf(t.user('truong-du-an'))).length).to.be.greaterThan(headBefore);
    const standingBefore = t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).length;
    const compile = await t.click(t.user('thuong-truc'), 'channel.compile', { cycleId: CYCLE_ID });
    expect(JSON.stringify(compile.value)).to.include(inJson(CHANNEL.vi.previewSent));
    const preview = t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).slice(standingBefore);
    expect(preview.map((c) => JSON.stringify(c.body)).join()).to.include('"verb":"synthesis.open"');
    await t.bot.app.tasks.idle();
    expect((await t.bot.app.cycles.get(CYCLE_ID))!.state).to.equal('compiled');
    // The compile shows on the same board, edited in place.
    const last = toChannel(t).at(-1)!;
    expect(last.method).to.equal('PUT');
    expect(FakeConnector.textOf(last)).to.include(inJson(CYCLE.vi.cycleStates.compiled));
    expect(boardPosts(t)).to.have.length(1);
  });
});
